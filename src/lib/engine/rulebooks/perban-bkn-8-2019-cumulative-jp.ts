/**
 * Peraturan BKN No. 8 Tahun 2019, read as regional modules and the 2020 measurement form
 * read it: the ≥ 20 JP of the technical-training indicator are cumulated over the year from
 * every kind of competency development (seminars, functional and leadership training, cadre
 * school, technical training), not from technical training (Bimtek) alone. Everything else is
 * the default rulebook's, reused as it is.
 */
import { perbanBkn8Of2019 as base } from './perban-bkn-8-2019';
import type { Rulebook } from './rulebook';

export const perbanBkn8Of2019CumulativeJp: Rulebook = {
	...base,
	id: 'perban-bkn-8-2019-akumulasi-jp',
	name: 'Peraturan BKN No. 8 Tahun 2019 — bacaan akumulasi 20 JP',
	label: {
		id: 'Perban BKN 8/2019 (bacaan: akumulasi ≥ 20 JP dari semua pengembangan)',
		en: 'BKN Regulation 8/2019 (reading: ≥ 20 JP cumulated from all development)'
	},
	legalBasis: `${base.legalBasis}; PP 11/2017 Pasal 203 ayat (4) dan Penjelasannya`,
	competency: {
		...base.competency,
		technicalJpSources: {
			value: 'all_development',
			provenance: {
				confidence: 'unconfirmed',
				source:
					'Survei IP ASN Kemendagri 2020: "Dalam 1 tahun terakhir (2020), apakah anda pernah mengikuti Diklat 20 Jam Pelajaran (akumulasi JP minimal 20 JP)?"; PP 11/2017 Pasal 203 ayat (4): "paling sedikit 20 (dua puluh) jam pelajaran dalam 1 (satu) tahun", Penjelasan: "pengembangan kompetensi antara lain melalui pendidikan dan pelatihan, seminar, kursus, dan penataran" (dikutip repositori publik mfasza/S20JP, Sistem 20JP Pusdiklat BPS)',
				note: 'JP semua jenis pengembangan dalam setahun dijumlah: seminar, diklat fungsional, diklat kepemimpinan, sekolah kader dan pelatihan teknis. Formulir yang sama tetap menanyakan seminar sebagai butir tersendiri (2 tahun terakhir), jadi seminar juga tetap dinilai sendiri.',
				noteEn:
					'The JP of every kind of development in the year are added up: seminars, functional training, leadership training, cadre school and technical training. The same form still asks about seminars as an item of their own (last 2 years), so seminars keep their own points too.'
			}
		}
	}
};

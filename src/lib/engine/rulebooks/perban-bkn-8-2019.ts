/**
 * Peraturan BKN No. 8 Tahun 2019 — Pedoman Tata Cara dan Pelaksanaan Pengukuran
 * Indeks Profesionalitas ASN. Points and confidence marks as documented in
 * shared/domain/ipasn-rules.md; "unconfirmed" rows come from secondary sources
 * and are shown to the user as assumptions.
 */
import type { Provenance, Rulebook } from './rulebook';

const PERBAN_PASAL_8: Provenance = {
	confidence: 'confirmed',
	source: 'Peraturan BKN 8/2019 Pasal 8'
};
const WEIGHTS_QUOTED: Provenance = {
	confidence: 'confirmed',
	source: 'Peraturan BKN 8/2019, bobot dikutip kontan.co.id (2019) dan lelemuku.com (2019)'
};
const SECONDARY: Provenance = {
	confidence: 'unconfirmed',
	source: 'Sumber sekunder: kalkulator IP ASN sumber terbuka dan surat edaran BKN 2020'
};
const SECONDARY_AGREE: Provenance = {
	confidence: 'unconfirmed',
	source: 'Semua sumber sekunder sepakat; teks peraturan tidak tersedia'
};
const CATEGORIES: Provenance = {
	confidence: 'confirmed',
	source: 'Peraturan BKN 8/2019, kategori dikutip kontan.co.id (2019)'
};

const row = (points: number, provenance: Provenance) => ({ points, provenance });

export const perbanBkn8Of2019: Rulebook = {
	id: 'perban-bkn-8-2019',
	name: 'Peraturan BKN No. 8 Tahun 2019',
	label: {
		id: 'Perban BKN 8/2019 (teks: ≥ 20 JP pelatihan teknis)',
		en: 'BKN Regulation 8/2019 (text: ≥ 20 JP of technical training)'
	},
	legalBasis: 'PermenPANRB 38/2018; Peraturan BKN 8/2019 (berlaku 15 Mei 2019)',
	validFrom: '2019-05-15',
	dimensions: {
		qualification: row(25, WEIGHTS_QUOTED),
		competency: row(40, WEIGHTS_QUOTED),
		performance: row(30, SECONDARY_AGREE),
		discipline: row(5, SECONDARY_AGREE)
	},
	qualification: {
		S3: row(25, WEIGHTS_QUOTED),
		S2: row(20, SECONDARY),
		S1: row(15, SECONDARY),
		D4: row(15, SECONDARY),
		D3: row(10, SECONDARY),
		D2: row(5, SECONDARY),
		D1: row(5, SECONDARY),
		SLTA: row(5, SECONDARY),
		SLTP: row(1, SECONDARY)
	},
	competency: {
		technicalJpThreshold: { value: 20, provenance: PERBAN_PASAL_8 },
		technicalWindowYears: {
			value: 1,
			provenance: {
				...SECONDARY,
				note: 'pelatihan teknis dihitung 1 tahun terakhir',
				noteEn: 'technical training counts for the last year'
			}
		},
		seminarWindowYears: {
			value: 2,
			provenance: {
				...SECONDARY,
				note: 'seminar umumnya dibaca 2 tahun terakhir',
				noteEn: 'seminars are usually read as the last 2 years'
			}
		},
		technicalJpSources: {
			value: 'technical_only',
			provenance: {
				...PERBAN_PASAL_8,
				note: 'pelatihan teknis minimal 20 JP; bacaan lain (semua jenis pengembangan) ada di buku aturan varian',
				noteEn:
					'at least 20 JP of technical training; the other reading (every kind of development) is a rulebook of its own'
			}
		},
		points: {
			structural: {
				leadership: row(15, PERBAN_PASAL_8),
				functional: null,
				technical: row(15, PERBAN_PASAL_8),
				seminar: row(10, SECONDARY)
			},
			functional: {
				leadership: null,
				functional: row(15, PERBAN_PASAL_8),
				technical: row(15, PERBAN_PASAL_8),
				seminar: row(10, SECONDARY)
			},
			pelaksana: {
				leadership: null,
				functional: null,
				technical: row(22.5, SECONDARY),
				seminar: row(17.5, SECONDARY)
			}
		}
	},
	performance: {
		sangat_baik: row(30, SECONDARY),
		baik: row(25, SECONDARY),
		cukup: row(15, SECONDARY),
		kurang: row(5, SECONDARY),
		buruk: row(1, SECONDARY)
	},
	performanceSkpYear: {
		value: 'current',
		provenance: {
			confidence: 'unconfirmed',
			source:
				'Survei IP ASN Kemendagri 2020 ("Hasil Penilaian Kinerja Anda di Tahun 2020"); IP ASN tahun t diumumkan BKN pada t + 1 (Surat BKN 4190/2024 "Pengukuran IP ASN Tahun 2023")',
			note: 'indeks tahun t memakai SKP tahun t',
			noteEn: 'the index of year t uses the SKP of year t'
		}
	},
	firstYearHiresMeasured: {
		value: false,
		provenance: {
			confidence: 'unconfirmed',
			source:
				'PermenPANRB 38/2018 dan Peraturan BKN 8/2019 mengukur PNS; survei IP ASN Kemendagri 2020 melewatkan CPNS',
			note: 'CPNS (tahun pertama pegawai baru) tidak diukur',
			noteEn: 'candidates (CPNS, a new hire’s first year) are not measured'
		}
	},
	missingSkpPoints: {
		value: 1,
		provenance: {
			confidence: 'unconfirmed',
			source:
				'Tidak ditemukan aturan untuk PNS tanpa SKP; kalkulator IP ASN sumber terbuka (sim-ip-asn) memberi poin terendah (1)',
			note: 'PNS tanpa SKP tahun itu (tugas belajar) mendapat poin kinerja terendah',
			noteEn: 'a PNS with no SKP for the year (study assignment) gets the lowest performance points'
		}
	},
	disciplineWindowYears: {
		value: 2,
		provenance: {
			confidence: 'unconfirmed',
			source:
				'PP 94/2021 Pasal 8: hukuman sedang dan berat berjalan 6–12 bulan, jadi hukuman yang dijatuhkan tahun t masih berjalan pada pengukuran t + 1; formulir IP ASN menanyakan "pernah dijatuhi hukuman disiplin" tanpa jangka waktu',
			note: 'hukuman dihitung pada tahun dijatuhkan dan tahun berikutnya, dengan tingkatnya',
			noteEn: 'a punishment counts, at its level, in the year it is given and the next'
		}
	},
	discipline: {
		none: row(5, SECONDARY),
		ringan: row(3, SECONDARY),
		sedang: row(2, SECONDARY),
		berat: row(1, SECONDARY)
	},
	categories: [
		{
			id: 'sangat_tinggi',
			label: { id: 'Sangat Tinggi', en: 'Very high' },
			min: 91,
			provenance: CATEGORIES
		},
		{ id: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: 81, provenance: CATEGORIES },
		{ id: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: 71, provenance: CATEGORIES },
		{ id: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: 61, provenance: CATEGORIES },
		{
			id: 'sangat_rendah',
			label: { id: 'Sangat Rendah', en: 'Very low' },
			min: -Infinity,
			provenance: CATEGORIES
		}
	],
	boundaryRule: {
		id: 'Rentang dibaca [91, 100], [81, 91), [71, 81), [61, 71), < 61: nilai 80,5 termasuk Sedang.',
		en: 'Ranges are read as [91, 100], [81, 91), [71, 81), [61, 71), < 61: a score of 80.5 is Medium.'
	}
};

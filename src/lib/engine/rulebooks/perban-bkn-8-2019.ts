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
			provenance: { ...SECONDARY, note: 'pelatihan teknis dihitung 1 tahun terakhir' }
		},
		seminarWindowYears: {
			value: 2,
			provenance: { ...SECONDARY, note: 'seminar umumnya dibaca 2 tahun terakhir' }
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

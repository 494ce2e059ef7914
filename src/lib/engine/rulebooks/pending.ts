/**
 * Rulebooks the app has a slot for but cannot offer yet: a regulation known to be coming,
 * with no public source giving its numbers. They are listed (on /model) so the reader knows
 * they were looked for, and are never selectable: a rulebook is data with provenance, and
 * without a source there is no data. When a source appears, the entry becomes a rulebook file
 * registered in `RULEBOOKS` and leaves this list.
 */

export interface PendingSource {
	title: string;
	/** Where it was read; absent when only a citation of it was seen. */
	url?: string;
	/** What the source says, and what it does not. */
	finding: { id: string; en: string };
}

export interface PendingRulebook {
	/** The id the rulebook will have once it is available. */
	id: string;
	label: { id: string; en: string };
	status: 'no public source';
	/** When the sources were last searched, `YYYY-MM`. */
	checked: string;
	sources: PendingSource[];
}

export const PENDING_RULEBOOKS: readonly PendingRulebook[] = [
	{
		id: 'perban-bkn-8-2019-perubahan',
		label: {
			id: 'Perubahan Perban BKN 8/2019 (rancangan BKN 2023–2024: bobot baru, kualifikasi sesuai jabatan, disiplin menurut masa hukuman)',
			en: 'Amended BKN Regulation 8/2019 (BKN draft 2023–2024: new weights, qualification matched to the post, discipline by punishment period)'
		},
		status: 'no public source',
		checked: '2026-12',
		sources: [
			{
				title: 'seputarasn.com, "Indeks Profesionalitas ASN (IP ASN) meningkat"',
				url: 'https://seputarasn.com/indeks-profesionalitas-asn-ip-asn-meningkat',
				finding: {
					id: 'FGD BKN tentang "Rancangan Perubahan Atas Peraturan BKN Nomor 8 Tahun 2019"; kebijakan teknis diuji coba di 11 instansi (antara lain Kemenkumham dan KLHK). Tanpa bobot atau poin.',
					en: 'BKN focus group on the "Rancangan Perubahan Atas Peraturan BKN Nomor 8 Tahun 2019" (draft amendment); the technical policy was piloted in 11 agencies (among them Kemenkumham and KLHK). No weights or points.'
				}
			},
			{
				title: 'bernasindonesia.com (Juli 2024), "BKN harapkan dongkrak nilai IP ASN"',
				url: 'https://www.bernasindonesia.com/2024/07/bkn-harapkan-dongkrak-nilai-ip-asn.html',
				finding: {
					id: 'Webinar nasional "transformasi pengukuran IP ASN berbasis meritokrasi": dasar hukum masih PermenPANRB 38/2018 dan Perban BKN 8/2019. Tanpa bobot baru.',
					en: 'National webinar on "transforming IP ASN measurement on merit": the legal basis is still PermenPANRB 38/2018 and BKN Regulation 8/2019. No new weights.'
				}
			},
			{
				title:
					'Surat Plt. Kepala BKN 4190/B-BM.02.01/SD/K/2024, "Pengukuran Indeks Profesionalitas ASN Tahun 2023" (dirujuk wiki.asnngawi.id, "Indeks Profesionalitas ASN")',
				finding: {
					id: 'Pengukuran IP ASN tahun 2023 (dilakukan 2024) masih memakai kerangka Perban BKN 8/2019 (dirujuk wiki.asnngawi.id).',
					en: 'The 2023 IP ASN measurement (run in 2024) still used the BKN Regulation 8/2019 framework (cited by wiki.asnngawi.id).'
				}
			}
		]
	}
];

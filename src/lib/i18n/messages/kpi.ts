import { defineMessages } from './define';

/** Messages of the headline cards. Keys are prefixed `kpi.`. */
export const kpi = defineMessages({
	id: {
		'kpi.region': 'Angka utama',
		'kpi.updating': 'memperbarui…',

		'kpi.index.title': 'Indeks {year} (median)',
		'kpi.index.line': 'Kategori {category}; median proyeksi pada tahun target.',
		'kpi.index.noStaff': 'Tidak ada pegawai yang dinilai pada {year}.',
		'kpi.index.staff': '{start} pegawai pada {startYear} → {end} pada {year}.',

		'kpi.achievement.title': 'Capaian target',
		'kpi.achievement.short': 'dari target {target}; kurang {gap} poin.',
		'kpi.achievement.above': 'dari target {target}; melampaui target {gap} poin.',
		'kpi.achievement.met': 'dari target {target}; target tepat tercapai.',
		'kpi.achievement.noStaff': 'dari target {target}; tidak ada pegawai yang dinilai.',

		'kpi.cost.title': 'Biaya total',
		'kpi.cost.line': 'Belanja pengembangan tahun rencana s.d. {year}: {exact}.',

		'kpi.costPerPoint.title': 'Biaya tambahan per poin, tahun {year}',
		'kpi.costPerPoint.line':
			'Belanja {year} di atas status quo ({extra}) ÷ kenaikan indeks {year} ({gain} poin).',
		'kpi.costPerPoint.noGain': 'tidak ada kenaikan di atas status quo',
		'kpi.costPerPoint.none': 'Selisih indeks {year} dari status quo: {gain} poin.',
		'kpi.costPerPoint.noExtra': 'tidak ada belanja tambahan',
		'kpi.costPerPoint.noExtraLine':
			'Indeks {year} naik {gain} poin tanpa belanja di atas status quo pada tahun itu.',
		'kpi.costPerPoint.noStaff':
			'Tanpa pegawai yang dinilai pada {year}, tidak ada kenaikan yang bisa diukur.',
		'kpi.costPerPoint.cumulative': 'Tambahan belanja kumulatif {years}: {value}',
		'kpi.costPerPoint.cumulativeSaved':
			'Tambahan belanja kumulatif {years}: tidak ada; {value} lebih hemat dari status quo',

		'kpi.jp.title': 'Pegawai ≥ 20 JP',
		'kpi.jp.line': 'Pegawai yang mendapat pengembangan minimal 20 JP pada {year} (PP 11/2017).',

		'kpi.evenness.title': 'Pemerataan cakupan',
		'kpi.evenness.line':
			'Cakupan didanai unit terendah dibanding unit tertinggi pada {year}; 100 % = merata.',
		'kpi.evenness.none': 'Tidak ada pelatihan teknis yang didanai pada {year}.'
	},
	en: {
		'kpi.region': 'Headline numbers',
		'kpi.updating': 'updating…',

		'kpi.index.title': '{year} index (median)',
		'kpi.index.line': 'Category {category}; median projection in the target year.',
		'kpi.index.noStaff': 'No staff are measured in {year}.',
		'kpi.index.staff': '{start} staff in {startYear} → {end} in {year}.',

		'kpi.achievement.title': 'Target achievement',
		'kpi.achievement.short': 'of the target {target}; short by {gap} points.',
		'kpi.achievement.above': 'of the target {target}; above it by {gap} points.',
		'kpi.achievement.met': 'of the target {target}; the target is met exactly.',
		'kpi.achievement.noStaff': 'of the target {target}; no staff are measured.',

		'kpi.cost.title': 'Total cost',
		'kpi.cost.line': 'Development spending in the planning years to {year}: {exact}.',

		'kpi.costPerPoint.title': 'Extra cost per point, {year}',
		'kpi.costPerPoint.line':
			"{year}'s spending over the status quo ({extra}) ÷ {year}'s index gain ({gain} points).",
		'kpi.costPerPoint.noGain': 'no gain over the status quo',
		'kpi.costPerPoint.none': "{year}'s index against the status quo: {gain} points.",
		'kpi.costPerPoint.noExtra': 'no extra spending',
		'kpi.costPerPoint.noExtraLine':
			"{year}'s index gains {gain} points with no spending over the status quo that year.",
		'kpi.costPerPoint.noStaff': 'With no staff measured in {year}, there is no gain to measure.',
		'kpi.costPerPoint.cumulative': 'Cumulative extra spending {years}: {value}',
		'kpi.costPerPoint.cumulativeSaved':
			'Cumulative extra spending {years}: none; {value} less than the status quo',

		'kpi.jp.title': 'Staff with ≥ 20 JP',
		'kpi.jp.line': 'Staff who got at least 20 JP of development in {year} (PP 11/2017).',

		'kpi.evenness.title': 'Evenness of coverage',
		'kpi.evenness.line':
			"The lowest unit's funded coverage against the highest unit's in {year}; 100 % = even.",
		'kpi.evenness.none': 'No technical training was funded in {year}.'
	}
});

import { defineMessages } from './define';

/**
 * Messages of the planner as a live-workshop tool: the compact headline that stays in view,
 * the skip link to the levers, the restored working scenario, and leaving with unsaved changes.
 * Keys are prefixed `workshop.`.
 */
export const workshop = defineMessages({
	id: {
		'workshop.skipToLevers': 'Lompat ke tuas kebijakan',
		'workshop.headline.label': 'Angka utama saat ini',
		'workshop.headline.index': 'Indeks {year}',
		'workshop.headline.short': 'kurang {gap} poin dari target {target}',
		'workshop.headline.above': 'melampaui target {target} sebesar {gap} poin',
		'workshop.headline.met': 'target {target} tepat tercapai',
		'workshop.headline.noStaff': 'tidak ada pegawai yang dinilai',
		'workshop.headline.cost': 'Biaya {years}',
		'workshop.details': 'Rincian hasil',
		'workshop.restored':
			'Perubahan yang belum disimpan dari kunjungan sebelumnya di tab ini dipulihkan.',
		'workshop.discard.saved': 'Kembali ke versi tersimpan',
		'workshop.discard.statusQuo': 'Kembali ke status quo',
		'workshop.dismiss': 'Tutup',
		'workshop.leaveConfirm':
			'Ada perubahan yang belum disimpan. Tinggalkan aplikasi dan buang perubahan itu?'
	},
	en: {
		'workshop.skipToLevers': 'Skip to the policy levers',
		'workshop.headline.label': 'Headline numbers now',
		'workshop.headline.index': '{year} index',
		'workshop.headline.short': '{gap} points short of the target {target}',
		'workshop.headline.above': 'above the target {target} by {gap} points',
		'workshop.headline.met': 'the target {target} is met exactly',
		'workshop.headline.noStaff': 'no staff are measured',
		'workshop.headline.cost': 'Cost {years}',
		'workshop.details': 'Results in detail',
		'workshop.restored': 'Unsaved changes from your earlier visit in this tab were restored.',
		'workshop.discard.saved': 'Back to the saved version',
		'workshop.discard.statusQuo': 'Back to the status quo',
		'workshop.dismiss': 'Dismiss',
		'workshop.leaveConfirm': 'There are unsaved changes. Leave the app and lose them?'
	}
});

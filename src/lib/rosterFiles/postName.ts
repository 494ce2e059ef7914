/**
 * The post type a post name (nama jabatan) suggests, by how Indonesian local governments name
 * posts. Structural (JPT, administrator, pengawas): heads and secretaries of an office and its
 * parts ("Kepala Dinas", "Sekretaris Badan", "Kepala Bidang Anggaran", "Kepala Sub Bagian
 * Umum", "Kepala Seksi", "Camat", "Lurah", "Inspektur Pembantu", "Staf Ahli Bupati").
 * Functional: the jenjang of a functional post ("Analis Keuangan Ahli Muda", "Pranata
 * Komputer Terampil", "Auditor Ahli Pertama", "Arsiparis Penyelia") or a profession that is
 * only functional (guru, dokter, perawat, bidan, penyuluh, widyaiswara). Anything else is a
 * pelaksana post ("Analis Keuangan", "Pengadministrasi Umum", "Pengelola Data"): PermenPANRB
 * 41/2018 names pelaksana posts without a jenjang. A heuristic, not a register: the PIP ASN
 * reader uses it only to choose between readings that give the same points, and says so.
 * Pure TypeScript.
 */
import type { PostType } from '../engine/roster';

export interface PostNameReading {
	postType: PostType;
	/** The name matched a rule; false when pelaksana is only the fallback. */
	recognised: boolean;
}

const ACTING = /^(?:plt\.?|plh\.?|pj\.?)\s+/;

const STRUCTURAL_START =
	/^(?:kepala|sekretaris|sekda|camat|lurah|inspektur|asisten|direktur|wakil direktur|staf ahli|kabag|kabid|kasubbag|kasubag|kasubid|kasi|kasie|kadis|kaban)\b/;

/** A jenjang of a functional post, anywhere in the name. */
const FUNCTIONAL_GRADE = /\b(?:ahli|terampil|mahir|penyelia|pemula)\b/;

const FUNCTIONAL_START =
	/^(?:pranata|guru|dokter|perawat|bidan|apoteker|penyuluh|widyaiswara|auditor|arsiparis|pustakawan|pengawas sekolah|penilik|pamong belajar|pengawas penyelenggaraan urusan pemerintahan daerah)\b/;

export function postTypeOfName(raw: string): PostNameReading {
	const name = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(ACTING, '');
	if (STRUCTURAL_START.test(name)) return { postType: 'structural', recognised: true };
	if (FUNCTIONAL_GRADE.test(name) || FUNCTIONAL_START.test(name))
		return { postType: 'functional', recognised: true };
	return { postType: 'pelaksana', recognised: false };
}

/** Names as labels: blank or repeated names get a number, so every line and column is told apart. */
export function distinctNames(
	names: readonly string[],
	reserved: readonly string[] = []
): string[] {
	const taken = new Set(reserved);
	return names.map((name) => {
		let label = name;
		for (let n = 2; taken.has(label); n++) label = `${name} (${n})`;
		taken.add(label);
		return label;
	});
}

import * as chrono from 'chrono-node';
const gb = new chrono.en.Chrono(chrono.en.configuration.createConfiguration(true, true));
const ref = new Date(2025, 0, 1);
for (const s of ['1 February 2025','March 20, 2025 | Archive','23/07/2024','07/23/2024','05/04/2025','5th April 2025','2025-04-05','January 1, 2024.','March 2025','20 March','today','Jan. 5, 2024','5 Jan 2024','2024.07.23','23.07.2024','July 23rd, 2024', '23-07-2024', '1st of June, 2023']) {
  const r = gb.parse(s, ref);
  console.log(JSON.stringify(s), r.map(x => [x.index, x.text, x.start.get('year'), x.start.get('month'), x.start.get('day'), x.start.isCertain('day'), x.start.isCertain('year')]));
}

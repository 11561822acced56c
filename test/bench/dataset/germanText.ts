import type { SeededRandom } from './seededRandom';

const sentences = [
  'Der Sprecher begrüßt die Mitglieder und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest.',
  'Die Projektleitung berichtet über den Stand der Arbeitspakete des Masterplans Region Chemnitz/Südwestsachsen.',
  'Die Mitglieder diskutieren die Abstimmung mit den Fachressorts der Landkreise und der Stadt Chemnitz.',
  'Es wird angeregt, die Ergebnisse der Werkstattgespräche in die nächste Fortschreibung aufzunehmen.',
  'Der Vertreter der IHK weist auf die Bedeutung der Fachkräftesicherung für die Region hin.',
  'Die Geschäftsstelle sagt zu, die Unterlagen bis zur nächsten Sitzung zu überarbeiten und zu versenden.',
  'Zur Finanzierung der Maßnahmen werden Fördermöglichkeiten von Bund und Freistaat erläutert.',
  'Die Teilnehmenden verständigen sich auf einen gemeinsamen Zeitplan für die Beteiligung der Öffentlichkeit.',
  'Der Landrat regt an, die Verkehrsanbindung des ländlichen Raums stärker zu berücksichtigen.',
  'Die Hochschulen bieten an, die Evaluierung der Leitprojekte wissenschaftlich zu begleiten.',
];

/** Minutes text of a given size in bytes, built from plausible German sentences with some Markdown. */
export function germanMinutesText(random: SeededRandom, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = random.pick(sentences);
    const part = random.chance(0.12) ? `\n- ${sentence}` : random.chance(0.08) ? `\n\n**${sentence}**` : ` ${sentence}`;
    parts.push(part);
    size += new TextEncoder().encode(part).length;
  }
  return parts.join('').trim();
}

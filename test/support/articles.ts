/**
 * Made-up article text for focused tests: body paragraphs that read as prose, in the languages
 * winnow knows, and a way to lay lines out as html2text does (one paragraph a line, blank between).
 */

export const BODY = [
  'The harbour has been part of the town for as long as anyone can remember, and the fishermen who still work from it say that the catch has changed more than the boats.',
  'On the corner of the square, a bakery opens before dawn; its owner learnt the trade from her grandfather and still bakes the rye loaves he sold in the fifties.',
  'Children from three villages come to the school by bus, which is why the timetable of the whole valley bends around the first bell at a quarter past eight.',
  'In winter the ferry runs only twice a day, and when the wind turns to the north the captain may decide not to sail at all, leaving the island to itself.',
  'Nobody quite agrees on when the old lighthouse was last used, but the keeper’s logbook, now kept in the library, stops abruptly in the spring of 1962.',
  'The council has promised to repair the sea wall before the autumn storms, although residents point out that the same promise was made three years ago.',
] as const;

/** Body paragraphs in other languages, and a rights line in words only that language's table knows. */
export const FOREIGN: Record<string, { body: string[]; copyright: string }> = {
  fr: {
    body: [
      'Le port fait partie de la ville depuis toujours, et les pêcheurs qui y travaillent encore disent que la pêche a plus changé que les bateaux.',
      'Au coin de la place, une boulangerie ouvre avant l’aube ; sa patronne a appris le métier avec son grand-père et fait encore le pain de seigle qu’il vendait.',
    ],
    copyright: 'Le Journal du Port, tous droits réservés.',
  },
  de: {
    body: [
      'Der Hafen gehört zur Stadt, solange sich jemand erinnern kann, und die Fischer, die hier noch arbeiten, sagen, dass sich der Fang mehr verändert hat als die Boote.',
      'An der Ecke des Platzes öffnet eine Bäckerei vor dem Morgengrauen; die Besitzerin hat das Handwerk von ihrem Großvater gelernt und backt noch immer sein Roggenbrot.',
    ],
    copyright: 'Hafenblatt Verlag, alle Rechte vorbehalten.',
  },
  es: {
    body: [
      'El puerto forma parte del pueblo desde que nadie recuerda, y los pescadores que todavía trabajan en él dicen que la pesca ha cambiado más que los barcos.',
      'En la esquina de la plaza, una panadería abre antes del amanecer; su dueña aprendió el oficio con su abuelo y todavía hace el pan de centeno que él vendía.',
    ],
    copyright: 'El Diario del Puerto, todos los derechos reservados.',
  },
  pt: {
    body: [
      'O porto faz parte da cidade desde sempre, e os pescadores que ainda trabalham nele dizem que a pesca mudou mais do que os barcos ao longo dos anos.',
      'Na esquina da praça, uma padaria abre antes do amanhecer; a dona aprendeu o ofício com o avô e ainda faz o pão de centeio que ele vendia nos anos cinquenta.',
    ],
    copyright: 'Jornal do Porto, todos os direitos reservados.',
  },
  it: {
    body: [
      'Il porto fa parte della città da sempre, e i pescatori che ci lavorano ancora dicono che la pesca è cambiata più delle barche nel corso degli anni.',
      'All’angolo della piazza, un forno apre prima dell’alba; la proprietaria ha imparato il mestiere dal nonno e fa ancora il pane di segale che lui vendeva.',
    ],
    copyright: 'Il Giornale del Porto, tutti i diritti riservati.',
  },
  nl: {
    body: [
      'De haven hoort al zo lang iemand zich kan herinneren bij de stad, en de vissers die er nog werken zeggen dat de vangst meer is veranderd dan de boten.',
      'Op de hoek van het plein gaat een bakkerij voor zonsopgang open; de eigenares leerde het vak van haar grootvader en bakt nog steeds zijn roggebrood.',
    ],
    copyright: 'Het Havenblad, alle rechten voorbehouden.',
  },
};

/** Lines laid out as html2text writes paragraphs: each on one line, a blank line between, a final newline. */
export function paragraphs(...lines: string[]): string {
  return `${lines.join('\n\n')}\n`;
}

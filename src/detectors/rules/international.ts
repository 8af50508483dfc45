import type { PhraseRule } from '../../core/types.js';

/**
 * One family of chrome phrases in one language. The alternatives are whole lines; each is also
 * a test example, and `examples` adds realistic lines beyond the bare phrases.
 */
interface PhraseFamily {
  family: string;
  kind: PhraseRule['kind'];
  description: string;
  /** Regular-expression alternatives, each matching a whole line. */
  lines: string[];
  examples: string[];
  maxChars?: number;
  /** The lines also stand inside articles (see PhraseRule.inArticle). */
  inArticle?: boolean;
}

/**
 * A pattern matching a whole line that is one of `alternatives` (regular-expression sources), with
 * what may stand before and after it, and the punctuation chrome ends with.
 */
export function wholeLine(alternatives: readonly string[], before = '', after = ''): RegExp {
  return new RegExp(`^${before}(?:${alternatives.join('|')})${after}[.:：!»›→…\\s]*$`, 'iu');
}

function table(lang: string, families: PhraseFamily[]): PhraseRule[] {
  return families.map((f) => ({
    id: `${lang}-${f.family}`,
    kind: f.kind,
    lang,
    pattern: wholeLine(f.lines),
    description: f.description,
    examples: f.examples,
    ...(f.maxChars ? { maxChars: f.maxChars } : {}),
    ...(f.inArticle ? { inArticle: true } : {}),
  }));
}

export const internationalRules: PhraseRule[] = [
  ...table('fr', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (French)", lines: ['publié par .{1,40} à (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'libellés\\s*:.{1,300}', 'aucun commentaire', 'publier un commentaire', 'article plus récent.{0,80}', 'inscription à\\s*:\\s*publier les commentaires \\(atom\\)', 'archives du blog', 'qui suis-je\\s*\\??', 'afficher mon profil complet', 'fourni par blogger'], examples: ['Publié par Claire à 21:14', 'Libellés : jardin, potager', 'Aucun commentaire:', 'Fourni par Blogger.'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (French)', inArticle: true, lines: ['il vous reste \\d+ articles? gratuits?.{0,80}', '(?:écouter|écoutez) (?:cet )?article', '\\d+ min(?:utes?)? de lecture', 'temps de lecture ?: ?\\d+ min(?:utes?)?'], examples: ['Il vous reste 2 articles gratuits ce mois-ci.', 'Écouter cet article', '4 min de lecture'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (French)', lines: ['partager(?: sur .{1,30}| cet article| :)?', 'suivez[- ]nous(?: sur .{1,40})?', 'retrouvez[- ]nous sur .{1,40}', 'imprimer(?: cet article)?', 'envoyer (?:à un ami|par e-?mail)'], examples: ['Partager', 'Partager sur Facebook', 'Suivez-nous sur Twitter', 'Imprimer'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright line (French)', lines: ['.{0,200}tous droits réservés.{0,80}', 'mentions légales', 'politique de confidentialité', 'conditions générales(?: d.utilisation)?'], examples: ['© 2020 Le Journal. Tous droits réservés.', 'Mentions légales'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (French)', lines: ['abonnez[- ]vous(?: à .{1,60})?', 'inscrivez[- ]vous(?: à .{1,60})?', 'recevez (?:notre|la) newsletter.{0,80}', 'newsletter', "s'abonner(?: à .{1,60})?", 'votre adresse e-?mail'], examples: ['Abonnez-vous à notre newsletter', "S'abonner"] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (French)', lines: ['(?:ce|notre) site (?:web )?utilise des cookies.{0,400}', 'en poursuivant votre navigation.{0,400}', 'accepter(?: les| tous les)? cookies', 'paramètres des cookies', "j'accepte"], examples: ['Ce site utilise des cookies pour améliorer votre expérience.', 'En poursuivant votre navigation, vous acceptez l’utilisation de cookies.'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (French)', lines: ['lire la suite', 'en savoir plus', 'accueil', 'aller au contenu(?: principal)?', 'se connecter', 'connexion', 'haut de page', 'retour en haut'], examples: ['Lire la suite', 'Aller au contenu principal'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (French)', inArticle: true, lines: ['lire aussi', 'à lire aussi', 'voir aussi', 'articles? (?:similaires|liés|connexes)', 'sur le même sujet'], examples: ['Lire aussi', 'Articles similaires'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (French)', inArticle: true, lines: ['publicité'], examples: ['Publicité'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (French)', lines: ['(?:\\d+|aucun) commentaires?', 'commentaires?', 'laisser un commentaire', 'répondre', 'votre adresse (?:e-?mail|de messagerie) ne sera pas publiée.{0,80}', 'les champs obligatoires sont indiqués avec \\*?'], examples: ['3 commentaires', 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'] },
  ]),
  ...table('de', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (German)", lines: ['eingestellt von .{1,40} um (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'keine kommentare', 'kommentar veröffentlichen', 'neuerer post.{0,80}', 'abonnieren\\s*:\\s*kommentare zum post \\(atom\\)', 'blog-archiv', 'über mich', 'mein profil vollständig anzeigen', 'bereitgestellt von blogger'], examples: ['Eingestellt von Anna um 21:14', 'Keine Kommentare:', 'Bereitgestellt von Blogger.'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (German)', inArticle: true, lines: ['sie haben (?:noch )?\\d+ (?:von \\d+ )?(?:kostenlosen? |freien? )?artikel.{0,80}', 'artikel (?:an)?hören', '\\d+ min\\.? lesezeit', 'lesezeit ?: ?\\d+ min(?:uten)?\\.?'], examples: ['Sie haben 1 von 3 kostenlosen Artikeln gelesen.', 'Artikel anhören', '3 Min. Lesezeit'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (German)', lines: ['teilen(?: auf .{1,30})?', 'artikel teilen', 'folgen sie uns(?: auf .{1,40})?', 'folge uns(?: auf .{1,40})?', 'drucken', 'artikel drucken', 'per e-?mail (?:versenden|teilen)'], examples: ['Teilen', 'Folgen Sie uns auf Facebook', 'Drucken'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright or legal line (German)', lines: ['.{0,200}alle rechte vorbehalten.{0,80}', 'impressum', 'datenschutz(?:erklärung|hinweise)?', 'nutzungsbedingungen', 'agb', 'kontakt'], examples: ['© 2021 Beispiel Verlag. Alle Rechte vorbehalten.', 'Impressum', 'Datenschutzerklärung'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (German)', lines: ['newsletter(?: abonnieren| bestellen)?', 'jetzt (?:abonnieren|anmelden|registrieren)', 'abonnieren', 'melden sie sich .{0,60}newsletter an.{0,80}', 'ihre e-?mail-adresse'], examples: ['Newsletter abonnieren', 'Jetzt abonnieren'] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (German)', lines: ['(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies.{0,400}', 'wir (?:verwenden|nutzen) cookies.{0,400}', '(?:alle )?cookies akzeptieren', 'cookie-einstellungen', 'einverstanden', 'akzeptieren'], examples: ['Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.', 'Alle Cookies akzeptieren'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (German)', lines: ['weiterlesen', 'mehr lesen', 'startseite', 'zum inhalt(?: springen)?', 'anmelden', 'einloggen', 'abmelden', 'nach oben', 'zurück'], examples: ['Weiterlesen', 'Zum Inhalt springen'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (German)', inArticle: true, lines: ['lesen sie auch', 'mehr zum thema.{0,60}', 'ähnliche (?:artikel|beiträge)', 'das könnte sie auch interessieren'], examples: ['Ähnliche Artikel', 'Mehr zum Thema'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (German)', inArticle: true, lines: ['anzeige', 'werbung'], examples: ['Anzeige'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (German)', lines: ['(?:\\d+|keine) kommentare?', 'kommentare?', 'kommentar (?:schreiben|verfassen|hinterlassen)', 'antworten', 'schreibe einen kommentar', 'deine e-?mail-adresse wird nicht veröffentlicht.{0,80}', 'ihre e-?mail-adresse wird nicht veröffentlicht.{0,80}'], examples: ['2 Kommentare', 'Schreibe einen Kommentar', 'Deine E-Mail-Adresse wird nicht veröffentlicht.'] },
  ]),
  ...table('es', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (Spanish)", lines: ['publicado por .{1,40} (?:a las|en) (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'no hay comentarios', 'publicar un comentario', 'entrada más reciente.{0,80}', 'suscribirse a\\s*:\\s*enviar comentarios \\(atom\\)', 'archivo del blog', 'datos personales', 'ver todo mi perfil', '(?:con la )?tecnología de blogger'], examples: ['Publicado por Marta a las 21:14', 'No hay comentarios:', 'Con la tecnología de Blogger.'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (Spanish)', inArticle: true, lines: ['te quedan? \\d+ artículos? gratis.{0,80}', 'escucha(?:r)? (?:este )?artículo', '\\d+ min(?:utos)? de lectura', 'tiempo de lectura ?: ?\\d+ min(?:utos)?'], examples: ['Te quedan 2 artículos gratis este mes.', 'Escuchar artículo', '5 min de lectura'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (Spanish)', lines: ['compartir(?: en .{1,30}| este artículo)?', 'comparte(?: esta noticia| este artículo)?', 'síguenos(?: en .{1,40})?', 'imprimir', 'enviar por (?:e-?mail|correo)'], examples: ['Compartir', 'Síguenos en Twitter', 'Imprimir'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright or legal line (Spanish)', lines: ['.{0,200}todos los derechos reservados.{0,80}', 'aviso legal', 'política de privacidad', 'política de cookies', 'términos y condiciones'], examples: ['© 2019 El Diario. Todos los derechos reservados.', 'Aviso legal'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (Spanish)', lines: ['suscríbete(?: a .{1,60})?', 'suscribirse(?: a .{1,60})?', 'boletín(?: de noticias)?', 'recibe (?:nuestro|el) boletín.{0,80}', 'tu correo electrónico'], examples: ['Suscríbete a nuestro boletín', 'Suscribirse'] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (Spanish)', lines: ['(?:este|nuestro) sitio (?:web )?(?:utiliza|usa) cookies.{0,400}', 'utilizamos cookies.{0,400}', 'aceptar(?: todas las)? cookies', 'configuración de cookies', 'acepto', 'aceptar'], examples: ['Este sitio web utiliza cookies para mejorar su experiencia.', 'Aceptar cookies'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (Spanish)', lines: ['leer más', 'seguir leyendo', 'ver más', 'inicio', 'ir al contenido(?: principal)?', 'iniciar sesión', 'acceder', 'registrarse', 'volver arriba'], examples: ['Leer más', 'Iniciar sesión'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (Spanish)', inArticle: true, lines: ['lea también', 'artículos relacionados', 'noticias relacionadas', 'te puede interesar', 'también te puede interesar'], examples: ['Artículos relacionados'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (Spanish)', inArticle: true, lines: ['publicidad'], examples: ['Publicidad'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (Spanish)', lines: ['(?:\\d+|sin) comentarios?', 'comentarios?', 'deja un comentario', 'dejar un comentario', 'responder', 'tu dirección de correo electrónico no será publicada.{0,80}', 'los campos obligatorios están marcados con \\*?'], examples: ['5 comentarios', 'Deja un comentario', 'Tu dirección de correo electrónico no será publicada.'] },
  ]),
  ...table('pt', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (Portuguese)", lines: ['postado por .{1,40} (?:às|as) (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'marcadores\\s*:.{1,300}', 'nenhum comentário', 'postar um comentário', 'postagem mais recente.{0,80}', 'assinar\\s*:\\s*postar comentários \\(atom\\)', 'arquivo do blog', 'quem sou eu', 'visualizar meu perfil completo', 'tecnologia do blogger'], examples: ['Postado por Beatriz às 21:14', 'Marcadores: fermentação natural, pão', 'Nenhum comentário:', 'Tecnologia do Blogger.'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (Portuguese)', inArticle: true, lines: ['você atingiu o limite de .{1,80}', 'você tem \\d+ (?:matérias?|artigos?) gratuit[oa]s?.{0,80}', '(?:ouvir|ouça) (?:este )?(?:artigo|texto)', '\\d+ min(?:utos)? de leitura', 'tempo de leitura ?: ?\\d+ min(?:utos)?'], examples: ['Você atingiu o limite de matérias gratuitas.', 'Ouvir este artigo', '4 min de leitura'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (Portuguese)', lines: ['compartilh(?:ar|e)(?: no .{1,30}| este artigo)?', 'partilh(?:ar|e)(?: no .{1,30})?', 'siga[- ]nos(?: no .{1,40})?', 'imprimir', 'enviar por e-?mail'], examples: ['Compartilhar', 'Partilhar no Facebook', 'Siga-nos no Instagram'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright or legal line (Portuguese)', lines: ['.{0,200}todos os direitos reservados.{0,80}', 'política de privacidade', 'termos de uso', 'aviso legal'], examples: ['© 2020 Jornal. Todos os direitos reservados.', 'Política de privacidade'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (Portuguese)', lines: ['assine(?: a .{1,60}| já)?', 'inscreva[- ]se(?: na .{1,60})?', 'receba (?:a nossa|nossa) newsletter.{0,80}', 'newsletter', 'seu e-?mail'], examples: ['Assine já', 'Inscreva-se na nossa newsletter'] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (Portuguese)', lines: ['(?:este|o nosso) (?:site|website) (?:utiliza|usa) cookies.{0,400}', 'utilizamos cookies.{0,400}', 'usamos cookies.{0,400}', 'aceitar(?: todos os)? cookies', 'aceito'], examples: ['Este site utiliza cookies para melhorar a sua experiência.', 'Aceitar cookies'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (Portuguese)', lines: ['leia mais', 'ler mais', 'saiba mais', 'continuar lendo', 'página inicial', 'início', 'ir para o conteúdo', 'entrar', 'iniciar sessão', 'voltar ao topo'], examples: ['Leia mais'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (Portuguese)', inArticle: true, lines: ['leia também', 'artigos relacionados', 'notícias relacionadas', 'veja também'], examples: ['Veja também'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (Portuguese)', inArticle: true, lines: ['publicidade'], examples: ['Publicidade'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (Portuguese)', lines: ['(?:\\d+|sem) comentários?', 'comentários?', 'deixe (?:um|seu) comentário', 'responder', 'o seu endereço de e-?mail não será publicado.{0,80}', 'seu e-?mail não será publicado.{0,80}'], examples: ['3 comentários', 'Deixe um comentário', 'O seu endereço de email não será publicado.'] },
  ]),
  ...table('it', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (Italian)", lines: ['pubblicato da .{1,40} alle (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'etichette\\s*:.{1,300}', 'nessun commento', 'posta un commento', 'post più recente.{0,80}', 'iscriviti a\\s*:\\s*commenti sul post \\(atom\\)', 'archivio blog', 'informazioni personali', 'visualizza il mio profilo completo'], examples: ['Pubblicato da Lucia alle 21:14', 'Nessun commento:', 'Archivio blog'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (Italian)', inArticle: true, lines: ['ti restano? \\d+ articoli? gratuiti?.{0,80}', "ascolta (?:l['’])?articolo", '\\d+ min(?:uti)? di lettura', 'tempo di lettura ?: ?\\d+ min(?:uti)?'], examples: ['Ti restano 2 articoli gratuiti.', "Ascolta l'articolo", '3 minuti di lettura'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (Italian)', lines: ['condividi(?: su .{1,30}| questo articolo)?', 'seguici(?: su .{1,40})?', 'stampa(?: articolo)?', "invia (?:per e-?mail|a un amico)"], examples: ['Condividi', 'Seguici su Facebook', 'Stampa'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright or legal line (Italian)', lines: ['.{0,200}tutti i diritti riservati.{0,80}', 'note legali', 'informativa (?:sulla )?privacy', 'privacy policy', 'p\\.? ?iva .{1,40}'], examples: ['© 2020 Il Giornale. Tutti i diritti riservati.', 'Note legali'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (Italian)', lines: ["iscriviti(?: alla .{1,60})?", 'abbonati(?: a .{1,60})?', 'ricevi la (?:nostra )?newsletter.{0,80}', 'newsletter', 'la tua e-?mail'], examples: ['Iscriviti alla newsletter', 'Abbonati'] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (Italian)', lines: ['questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie.{0,400}', 'utilizziamo (?:i )?cookie.{0,400}', 'accetta(?: tutti i)? cookie', 'accetto', 'accetta'], examples: ['Questo sito utilizza cookie per migliorare la tua esperienza.', 'Accetta cookie'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (Italian)', lines: ['leggi (?:tutto|di più)', 'continua a leggere', 'vai al contenuto', 'accedi', 'registrati', 'torna su'], examples: ['Leggi tutto'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (Italian)', inArticle: true, lines: ['leggi anche', 'articoli correlati', 'potrebbe interessarti', 'ti potrebbe interessare'], examples: ['Articoli correlati'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (Italian)', inArticle: true, lines: ['pubblicità'], examples: ['Pubblicità'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (Italian)', lines: ['(?:\\d+|nessun) commenti?o?', 'commenti', 'lascia un commento', 'rispondi', 'il tuo indirizzo (?:e-?mail|email) non sarà pubblicato.{0,80}'], examples: ['4 commenti', 'Lascia un commento', 'Il tuo indirizzo email non sarà pubblicato.'] },
  ]),
  ...table('nl', [
    { family: 'blogger', kind: 'boilerplate', description: "Blogger's post footer and sidebar (Dutch)", lines: ['geplaatst door .{1,40} op (?:\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)', 'geen opmerkingen', 'een reactie posten', 'nieuwere post.{0,80}', 'abonneren op\\s*:\\s*reacties posten \\(atom\\)', 'blogarchief', 'over mij', 'mijn volledige profiel tonen', 'mogelijk gemaakt door blogger'], examples: ['Geplaatst door Sanne op 21:14', 'Geen opmerkingen:', 'Mogelijk gemaakt door Blogger.'], maxChars: 360 },
    { family: 'reading', kind: 'boilerplate', description: 'a reading time, listen button or free-article meter (Dutch)', inArticle: true, lines: ['je hebt nog \\d+ (?:gratis )?artikel(?:en)?.{0,80}', 'lees dit artikel voor', 'beluister (?:dit )?artikel', '\\d+ min(?:uten)? leestijd', 'leestijd ?: ?\\d+ min(?:uten)?'], examples: ['Je hebt nog 1 gratis artikel deze maand.', 'Lees dit artikel voor', '4 min leestijd'] },
    { family: 'share', kind: 'boilerplate', description: 'a share or follow prompt (Dutch)', lines: ['delen(?: op .{1,30})?', 'deel (?:dit artikel|op .{1,30})', 'volg ons(?: op .{1,40})?', 'afdrukken', 'printen', 'mail dit artikel'], examples: ['Delen', 'Volg ons op Twitter', 'Afdrukken'] },
    { family: 'copyright', kind: 'boilerplate', description: 'a copyright or legal line (Dutch)', lines: ['.{0,200}alle rechten voorbehouden.{0,80}', 'privacybeleid', 'privacyverklaring', 'algemene voorwaarden', 'disclaimer'], examples: ['© 2020 De Krant. Alle rechten voorbehouden.', 'Privacybeleid'], maxChars: 300 },
    { family: 'subscribe', kind: 'boilerplate', description: 'a newsletter prompt (Dutch)', lines: ['abonneer(?: je| nu)?(?: op .{1,60})?', 'schrijf je in(?: voor .{1,60})?', 'meld je aan(?: voor .{1,60})?', 'nieuwsbrief', 'je e-?mailadres'], examples: ['Schrijf je in voor de nieuwsbrief', 'Nieuwsbrief'] },
    { family: 'cookies', kind: 'boilerplate', description: 'a cookie notice (Dutch)', lines: ['deze (?:website|site) (?:maakt gebruik van|gebruikt) cookies.{0,400}', 'wij gebruiken cookies.{0,400}', '(?:alle )?cookies accepteren', 'accepteren', 'akkoord'], examples: ['Deze website maakt gebruik van cookies.', 'Cookies accepteren'], maxChars: 500 },
    { family: 'navigation', kind: 'boilerplate', description: 'navigation and reading links (Dutch)', lines: ['lees (?:meer|verder)', 'naar de inhoud', 'inloggen', 'uitloggen', 'registreren', 'naar boven'], examples: ['Lees meer', 'Lees verder'] },
    { family: 'related', kind: 'boilerplate', description: 'the heading of a related-articles box (Dutch)', inArticle: true, lines: ['lees ook', 'gerelateerde artikelen', 'meer over dit onderwerp'], examples: ['Gerelateerde artikelen'] },
    { family: 'advert', kind: 'boilerplate', description: 'an advertisement marker (Dutch)', inArticle: true, lines: ['advertentie'], examples: ['Advertentie'] },
    { family: 'comments', kind: 'boilerplate', description: 'a comment counter or form (Dutch)', lines: ['(?:\\d+|geen) reacties?', 'reacties?', 'laat een reactie achter', 'reageer', 'reageren', 'je e-?mailadres wordt niet gepubliceerd.{0,80}'], examples: ['6 reacties', 'Laat een reactie achter', 'Je e-mailadres wordt niet gepubliceerd.'] },
  ]),
];

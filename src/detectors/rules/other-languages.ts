import type { PhraseRule } from '../../core/types.js';
import { wholeLine } from './international.js';

/**
 * Chrome labels in languages winnow has no stopwords for: Swedish, Danish, Norwegian, Finnish,
 * Czech, Polish, Romanian, Hungarian, Turkish, Indonesian, Vietnamese, Greek, Russian, Ukrainian,
 * Arabic, Hebrew, Hindi, Chinese, Japanese and Korean. They apply to every document (`lang: '*'`),
 * since a page's language is not judged for these, and they are whole short lines (a button, a
 * heading, an ad marker) that no article's sentence is, so they cannot take prose.
 *
 * Each family lists its labels by language; `examples` are lines as pages print them.
 */
interface LabelFamily {
  family: string;
  kind: PhraseRule['kind'];
  description: string;
  labels: Record<string, string[]>;
  /** What may follow a label on its line, as a regular expression (a count, a headline after a colon). */
  after?: string;
  /** What may stand before it (a count: "12 комментариев"). */
  before?: string;
  examples: string[];
  counterexamples?: string[];
  maxChars?: number;
  inArticle?: boolean;
}

// Turkish writes the capital of i as İ, which no case folding a pattern can ask for takes to i:
// "İlgili Haberler" would not match "ilgili haberler".
const dottedCapital = (label: string) => label.replace(/(?<!\\)i/g, '[iİ]');

function labelRule(f: LabelFamily): PhraseRule {
  const labels = Object.entries(f.labels).flatMap(([langs, list]) => (langs.split('_').includes('tr') ? list.map(dottedCapital) : list));
  return {
    id: `intl-${f.family}`,
    kind: f.kind,
    lang: '*',
    pattern: wholeLine(labels, f.before, f.after),
    description: f.description,
    examples: f.examples,
    ...(f.counterexamples ? { counterexamples: f.counterexamples } : {}),
    ...(f.maxChars ? { maxChars: f.maxChars } : {}),
    ...(f.inArticle ? { inArticle: true } : {}),
  };
}

// A headline after a colon: "Baca juga: Banjir rob kembali…". A headline does not end with a
// sentence's full stop (Latin, Chinese or Devanagari); a line that does is a sentence that opens
// with the label ("Baca juga: buku ini, karena …").
const HEADLINE_AFTER = String.raw`(?:\s*[:：]\s*(?!.*(?:[^.]\.|[。।])\s*$).{1,150})?`;
const COUNT_BEFORE = String.raw`(?:\(?\d{1,6}\)?\s*)?`;
const COUNT_AFTER = String.raw`(?:\s*\(?\d{1,6}\)?)?`;

export const otherLanguageRules: PhraseRule[] = [
  labelRule({
    family: 'share',
    kind: 'boilerplate',
    description: 'a share button or row (in a language without stopword lists)',
    labels: {
      sv: ['dela(?: på \\S{1,20}| artikeln)?', 'kopiera länk(?:en)?'],
      da_no: ['del(?: på \\S{1,20}| artiklen)?'],
      fi: ['jaa(?: artikkeli)?', 'kopioi linkki'],
      cs: ['sdílet(?: na \\S{1,20})?', 'zkopírovat odkaz'],
      pl: ['udostępnij(?: na \\S{1,20})?', 'kopiuj link'],
      ro: ['distribuie(?: pe \\S{1,20})?', 'copiază link(?:ul)?'],
      hu: ['megosztás(?: \\S{1,20})?', 'link másolása'],
      tr: ['paylaş(?:ın)?', 'bağlantıyı kopyala'],
      id: ['bagikan(?: artikel ini)?', 'salin tautan'],
      vi: ['chia sẻ(?: bài viết)?', 'sao chép liên kết'],
      el: ['κοινοποίηση', 'μοιραστείτε(?: το)?'],
      ru: ['поделиться', 'скопировать ссылку'],
      uk: ['поділитися', 'копіювати посилання'],
      ar: ['مشاركة', 'شارك(?: المقال)?', 'نسخ الرابط'],
      he: ['שתפו', 'שתף', 'שיתוף', 'העתק קישור'],
      hi: ['शेयर करें', 'लिंक कॉपी करें'],
      zh: ['分享(?:到)?', '复制链接'],
      ja: ['シェア(?:する)?', 'リンクをコピー'],
      ko: ['공유하기', '링크 복사'],
    },
    examples: ['Dela', 'Sdílet', 'Distribuie', 'Bagikan', 'Chia sẻ', 'Поділитися', 'مشاركة', 'שתפו', 'शेयर करें', '分享到：', '공유하기', 'Sao chép liên kết'],
  }),
  labelRule({
    family: 'advert',
    kind: 'boilerplate',
    description: 'an advertisement marker (in a language without stopword lists)',
    labels: {
      sv_da_no: ['annons', 'annonse', 'reklam', 'reklame'],
      fi: ['mainos'],
      cs_pl: ['reklama'],
      ro: ['reclamă', 'publicitate'],
      hu: ['hirdetés'],
      id: ['iklan'],
      vi: ['quảng cáo'],
      el: ['διαφήμιση'],
      ru_uk: ['реклама'],
      ar: ['إعلان', 'اعلان'],
      he: ['פרסומת'],
      hi: ['विज्ञापन'],
      zh_ja: ['广告', '廣告', '広告'],
      ko: ['광고'],
    },
    examples: ['Annons', 'Reklama', 'Iklan', 'Реклама', 'إعلان', 'विज्ञापन', '广告', '광고'],
    inArticle: true,
  }),
  labelRule({
    family: 'read-also',
    kind: 'boilerplate',
    description: 'a "Read also" link or heading (in a language without stopword lists)',
    labels: {
      sv: ['läs (?:också|även|mer)'],
      da_no: ['læs også', 'les også'],
      fi: ['lue myös'],
      cs: ['přečtěte si (?:také|též)', 'čtěte (?:také|též)', 'související články'],
      pl: ['czytaj (?:też|także|również)', 'zobacz (?:też|także|również)'],
      ro: ['citește (?:și|si)', 'citeste si', 'articole similare'],
      hu: ['ez is érdekelheti', 'kapcsolódó cikkek'],
      tr: ['ayrıca (?:okuyun|bakınız)', 'ilgili haberler'],
      id: ['baca juga', 'berita terkait'],
      vi: ['xem thêm', 'đọc thêm', 'bài viết liên quan', 'tin liên quan'],
      el: ['διαβάστε (?:επίσης|ακόμη)', 'σχετικά άρθρα'],
      ru: ['читайте (?:также|тоже)', 'похожие (?:статьи|новости)'],
      uk: ['читайте також', 'схожі новини'],
      ar: ['اقرأ أيضاً?', '(?:مقالات|أخبار) ذات صلة'],
      he: ['קראו (?:גם|עוד)', 'כתבות נוספות', 'פוסטים (?:קשורים|נוספים)'],
      hi: ['(?:यह|ये) भी पढ़ें', 'संबंधित (?:खबरें|ख़बरें)'],
      zh: ['相关(?:阅读|新闻|文章)', '延伸阅读', '推荐阅读'],
      ja: ['関連記事'],
      ko: ['관련 ?(?:기사|글)', '함께 (?:보면 좋은|볼만한) (?:기사|글)'],
    },
    after: HEADLINE_AFTER,
    examples: ['Baca juga: Banjir rob kembali rendam pesisir utara', 'Přečtěte si také:', 'اقرأ أيضاً:', 'यह भी पढ़ें:', 'Читайте також: У Полтаві відкрили нову бібліотеку', '相关新闻', '관련 기사', 'İlgili Haberler', 'İLGİLİ HABERLER'],
    counterexamples: [
      'Baca juga buku yang saya sebutkan tadi, isinya bagus sekali untuk pemula.',
      'Baca juga: buku ini, karena isinya sangat menarik dan penulisnya terkenal.',
      'Baca juga: Laporan BPK tahun lalu, yang menemukan kerugian serupa di dinas yang sama.',
    ],
    inArticle: true,
  }),
  labelRule({
    family: 'comments',
    kind: 'boilerplate',
    description: 'a comment counter, heading or reply link (in a language without stopword lists)',
    labels: {
      sv_da_no: ['kommentar(?:er)?', 'lämna en kommentar', 'svara', 'svar'],
      fi: ['kommentit', 'kommentoi', 'vastaa'],
      cs: ['komentáře', 'komentářů', 'odpovědět'],
      pl: ['komentarze', 'komentarzy', 'odpowiedz'],
      ro: ['comentarii', 'lasă un comentariu', 'răspunde'],
      hu: ['hozzászólások?', 'válasz'],
      tr: ['yorumlar', 'yorum yap', 'yanıtla'],
      id: ['komentar', 'tulis komentar', 'balas'],
      vi: ['bình luận', 'trả lời'],
      el: ['σχόλια', 'απάντηση'],
      ru: ['комментари(?:и|ев|й)', 'ответить'],
      uk: ['коментар(?:і|ів)', 'відповісти'],
      ar: ['(?:ال)?تعليقات', 'رد'],
      he: ['תגובות', 'הגב', 'השב'],
      hi: ['टिप्पणियाँ', 'टिप्पणी करें', 'जवाब दें'],
      zh: ['(?:网友|发表)?评论', '回复'],
      ja: ['コメント', '返信'],
      ko: ['댓글(?: 쓰기)?', '답글'],
    },
    before: COUNT_BEFORE,
    after: COUNT_AFTER,
    examples: ['12 kommentarer', 'Komentáře (3)', 'Răspunde', 'Balas', 'Bình luận', 'Комментарии', 'التعليقات', 'תגובות', '网友评论', '댓글 5'],
  }),
  labelRule({
    family: 'post-navigation',
    kind: 'boilerplate',
    description: 'a link to the previous or next post (in a language without stopword lists)',
    labels: {
      zh: ['上一篇', '下一篇'],
      ja: ['前の記事', '次の記事'],
      ko: ['이전 ?글', '다음 ?글'],
      ru: ['предыдущая статья', 'следующая статья'],
      uk: ['попередня стаття', 'наступна стаття'],
      cs: ['předchozí článek', 'další článek'],
      pl: ['poprzedni (?:wpis|artykuł)', 'następny (?:wpis|artykuł)'],
      ro: ['articolul (?:anterior|următor)'],
      vi: ['bài (?:trước|sau|tiếp theo)'],
    },
    after: HEADLINE_AFTER,
    examples: ['上一篇：杭州地铁三期规划获批', '下一篇：本周末杭州有小雨', '이전 글', 'Следующая статья'],
  }),
  labelRule({
    family: 'editor',
    kind: 'boilerplate',
    description: "the editor in charge, as Chinese news pages close with it",
    labels: { zh: ['[（(]?(?:责任编辑|責任編輯|编辑|編輯)[：:]\\s*\\S{1,12}[)）]?'] },
    examples: ['（责任编辑：李娜）', '责任编辑：王晓燕'],
  }),
  labelRule({
    family: 'tags',
    kind: 'labels',
    description: 'a list of tags or categories (in a language without stopword lists)',
    labels: {
      sv_da_no: ['etiketter', 'taggar', 'kategorier'],
      fi: ['avainsanat', 'tagit', 'kategoriat'],
      cs: ['štítky', 'tagy', 'rubriky'],
      pl: ['tagi', 'kategorie'],
      ro: ['etichete', 'categorii'],
      hu: ['címkék', 'kategóriák'],
      tr: ['etiketler', 'kategoriler'],
      id: ['tag', 'label', 'kategori'],
      vi: ['thẻ', 'từ khóa', 'chuyên mục'],
      el: ['ετικέτες', 'κατηγορίες'],
      ru: ['теги', 'метки', 'рубрики'],
      uk: ['теги', 'мітки', 'рубрики'],
      ar: ['الوسوم', 'الكلمات المفتاحية', 'التصنيفات'],
      he: ['תגיות', 'קטגוריות'],
      hi: ['टैग', 'श्रेणियाँ'],
      zh: ['标签', '標籤', '关键词'],
      ja: ['タグ', 'カテゴリー'],
      ko: ['태그', '카테고리'],
    },
    // As in English (tag-list), a list that ends with a full stop (or ! or ?) after a word is a sentence or a fact box's entry.
    after: String.raw`\s*[:：]\s*(?!.*[\p{L}\d]{2}[.!?]\s*$).{1,300}`,
    examples: ['Taggar: stugan, renovering, måleri', 'Štítky: knihovna, Brno', 'Tag: banjir rob, Jakarta Utara', '标签：社区食堂 养老', '태그: 애호박, 반찬'],
    counterexamples: ['Label: none — the band released it themselves!', 'Tag: who is the real owner of the flat?', 'Label: Island Records, 1972.', 'Label: perusahaan itu mengontrak empat band tahun ini.'],
    maxChars: 360,
  }),
];

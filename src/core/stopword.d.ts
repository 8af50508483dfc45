// The stopword package ships one ES module per language under src/ and no types for them.
declare module 'stopword/src/stopwords_eng.js' { export const eng: string[]; }
declare module 'stopword/src/stopwords_fra.js' { export const fra: string[]; }
declare module 'stopword/src/stopwords_deu.js' { export const deu: string[]; }
declare module 'stopword/src/stopwords_spa.js' { export const spa: string[]; }
declare module 'stopword/src/stopwords_por.js' { export const por: string[]; }
declare module 'stopword/src/stopwords_ita.js' { export const ita: string[]; }
declare module 'stopword/src/stopwords_nld.js' { export const nld: string[]; }

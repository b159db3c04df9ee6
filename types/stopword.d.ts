// The word lists of npm `stopword` (v3), one array per ISO 639-3 code; its functions are not used here.
declare module "stopword" {
  const lists: Readonly<Record<string, readonly string[] | undefined>>;
  export = lists;
}

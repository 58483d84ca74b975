/**
 * The message table every locale implements. Adding a key here makes the compiler ask for it in
 * every locale, so no locale is ever left incomplete.
 */
export interface Messages {
  /** Language name in its own language, for locale pickers. */
  languageName: string;
  loading: string;
  retry: string;
  close: string;
  errorGeneric: string;
  errorOffline: string;
  /** Demo greeting shown by the base demo. */
  demoGreeting: (name: string) => string;
  storesFound: (n: number) => string;
}

/** email-reply-parser 2.1 ships no types; this is the part Praxis uses. */
declare module 'email-reply-parser' {
  export default class EmailReplyParser {
    /** The text a person wrote: quoted text, reply headers and signatures taken out. */
    parseReply(text: string): string;
  }
}

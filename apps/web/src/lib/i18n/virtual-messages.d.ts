declare module 'virtual:praxis-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}

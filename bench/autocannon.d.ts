declare module 'autocannon' {
  const autocannon: any;
  export default autocannon;
}

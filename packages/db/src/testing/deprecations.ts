// A deprecation reported by a dependency fails the test that caused it, where a warning printed
// once per process would go unread. pg's, for one, marks statements sent to a transaction's
// connection while it runs another, which pg 9 refuses.
process.throwDeprecation = true;

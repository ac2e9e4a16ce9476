// Package kg is aikg's domain: the types of the AI-industry knowledge graph
// (entities, relationships, evidence, articles), the role interfaces that every
// store implements, the coded error type shared by all layers, and the few pure
// functions that must behave identically everywhere (name folding for
// matching, deterministic ids, merging evidence into a relationship's
// headline figures, cursor encoding).
//
// It imports only the standard library. Every other package depends on it;
// it depends on none of them.
package kg

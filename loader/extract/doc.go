// Package extract is aikg's extraction engine: deterministic, offline,
// rule-based extraction of entities and relationships (with amounts,
// capacities, stakes, dates, deal status, confidence and evidence) from
// Arabic and English AI-industry news.
//
// The pipeline for one article: the text is folded into a matching view
// (hamza and alef forms, alef maqsura, diacritics, tatweel, Arabic-Indic
// digits, case) that keeps a sparse map back to the original; the view is
// cut into tokens and sentences; one precompiled matcher (a byte trie over
// every gazetteer alias and lexicon word, walked in one pass from word
// starts and from after Arabic proclitics و ف ب ل ك ال لل; see matcher.go
// for why it replaced a full Aho–Corasick scan) finds names, trigger words,
// cues, month and number words, accepting suffixes after Arabic stems;
// names the gazetteer lacks are found from cues
// ("شركة “X”", "the startup X", "X Labs", people next to a title); then
// each sentence's triggers (verbs, nominalisations, agent nouns, titles,
// passives, compute nouns, generic deals) look for their arguments in
// slots (left group, right group, prepositional group, possessor, topic),
// coordinated lists and simple salience-based coreference (a definite
// description such as "the Saudi company" or "صانعة الرقائق" takes the
// last organisation whose gazetteer country or tag fits, or none); figures go to
// the trigger that governs them; generic deals are typed by their sentence
// or by a later "the deal"/"الاتفاق".
//
// Files: gazetteer.json (the built-in gazetteer, see Gazetteer for its
// format), lexicon.go (trigger and cue words), figures.go (numbers, money
// with the USDRates table, capacities, stakes, dates); the relation rules
// in rules.go (candidates, salience, argument slots, emit and the
// confidence scheme), triggers.go (verbs, nominalisations, agent nouns,
// titles), symmetric.go (partnerships, consortia, compute nouns, type
// fixes), deals.go (generic deals typed, deal anaphora, supply direction,
// rounds), figures_attach.go (which figure and status goes to which
// relation), constructions.go and constructions2.go (smaller constructions
// and their word sets); discover.go (unknown names),
// text.go (the matching view, tokens, sentences), matcher.go (the trie),
// appos.go (appositions, "X-owned Y", main-clause pronouns, amounts of
// modifying deal phrases and held stakes, ownership stated by an
// apposition "X, Y's cloud unit" or by "التابعة لها").
//
// Measuring: go test -tags evalcorpus -run 'TestEvalCorpus|TestEvalExamples'
// -v ./loader/extract scores the engine on loader/eval's corpus and on the
// bundled examples; EVAL_FILE=name runs one corpus file with
// EXTRACT_DEBUG=1 tracing every trigger and relation.
package extract

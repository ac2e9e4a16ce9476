// Package eval scores extractions against gold annotations: how many of the
// relations an analyst marked in each article the extractor found
// (recall), how many of its relations are right (precision), per relation
// type, for the headline types, per language, and how often the amounts,
// capacities and statuses of the relations it found are right.
//
// Gold is JSON Lines in the team's extraction format (ReadGold). Score
// compares gold with extracted relations (Items); Run reads a corpus with
// the loader, extracts it and scores it in one call, which is what
// `aikg eval` does. Entities are matched by name: a gold name matches an
// extracted entity when it folds (kg.Fold) to its canonical name or any of
// its aliases, so an entity the gazetteer does not know, extracted under its
// Arabic spelling only, still matches gold that gives that spelling.
package eval

// Package loader is aikg's ingestion pipeline: it walks files and folders
// (or an embedded fs.FS), reads each file into articles with package read,
// has an Extractor find entities and relationships in every article, and
// writes the extractions to a kg.Writer in batches.
//
// Reading and extraction run in parallel workers; results are put back in
// input order before writing, so a load is deterministic whatever the
// scheduling. One bad file or article never stops a load: it is listed in
// the Summary with its reason. Only a whole-batch store failure (the store
// is unreachable) or cancellation stops it, and then the Summary lists the
// articles that were not written.
//
// The Loader also implements kg.Ingester, so the GraphQL ingestArticle
// mutation loads one submitted article exactly as `aikg load` loads a file.
package loader

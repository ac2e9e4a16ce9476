package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/aikg/aikg/loader/eval"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", "eval --gold FILE PATH...   (or: eval --examples)")
	var ex extractConfig
	ex.register(fs)
	var gold string
	var examples, asJSON, details bool
	fs.str(&gold, "gold", "", "", "gold relations, JSON Lines")
	fs.boolean(&examples, "examples", "", false, "score the bundled examples against their own gold")
	fs.boolean(&asJSON, "json", "", false, "print the report as JSON")
	fs.boolean(&details, "details", "", false, "also list every missed and spurious relation and every wrong figure")
	fs.SetOutput(stderr)
	if err := fs.parse(args); err != nil {
		return err
	}
	if !examples && (gold == "" || fs.NArg() == 0) {
		fs.Usage()
		return usageErr("give --gold FILE and at least one PATH, or --examples")
	}
	log := newLogger(stderr, envOr("AIKG_LOG_LEVEL", "warn"))
	x, err := ex.extractor(log)
	if err != nil {
		return err
	}
	var rep *eval.Report
	if examples {
		rep, err = eval.Examples(ctx, x)
	} else {
		rep, err = eval.RunFile(ctx, gold, x, fs.Args()...)
	}
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	if err := rep.WriteText(stdout); err != nil || !details {
		return err
	}
	fmt.Fprintln(stdout)
	return rep.WriteDetails(stdout)
}

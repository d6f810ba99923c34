package main

import "flag"

// parseInterspersed parses flags wherever they appear among the arguments
// ("apikey create NAME --db X", "score policy.md --min-grade B") and returns
// the other arguments in order. Everything after "--" is an argument.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var out []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return out, nil
		}
		if consumed := len(rest) - len(left); consumed > 0 && rest[consumed-1] == "--" {
			return append(out, left...), nil
		}
		out = append(out, left[0])
		rest = left[1:]
	}
}

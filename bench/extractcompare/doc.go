// Package extractcompare compares Legible's main-text extraction (package
// extract) with other libraries, go-trafilatura and go-readability, on the
// shared corpus. It is a module of its own so that the product and its CI
// never download those libraries; run it with
//
//	LEGIBLE_EXTRACT_COMPARE=1 bash bench/extract.sh
//
// or, from this directory, LEGIBLE_EXTRACT_COMPARE=1 go test -run Compare -v .
package extractcompare

# Legible — build and test entry points. `make test` is the README's test command.
GO ?= go
# Go packages of the project (npm packages may ship Go code under node_modules).
PKGS = $$($(GO) list ./... | grep -v /node_modules/)
export LEGIBLE_TEST_POSTGRES ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable

.PHONY: build test test-go test-js test-e2e lint bench

build:
	$(GO) build -o bin/legible ./cmd/legible

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^node_modules/')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

test-go:
	$(GO) test -race -count=1 -timeout 20m $(PKGS)

test-js:
	node --test extension/test/
	npx eslint extension
	npx web-ext lint --source-dir extension --self-hosted --warnings-as-errors

test-e2e: build
	LEGIBLE_BIN=$(CURDIR)/bin/legible node --test --test-concurrency=1 e2e/

test: lint test-go test-js test-e2e

bench:
	bash bench/run.sh

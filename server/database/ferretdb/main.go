// Command ferretdb runs FerretDB v1 with its SQLite backend as the hub's
// embedded MongoDB-compatible server. It uses FerretDB's embeddable package
// because a plain `go install` of FerretDB's own command panics at start-up
// (its module ships without build/version/version.txt).
//
// Usage: ferretdb -listen 127.0.0.1:27017 -data /abs/path/to/dir
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	data := flag.String("data", ".data/ferretdb", "directory for the SQLite files")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	dir, err := filepath.Abs(*data)
	if err != nil {
		fail("bad data directory %q: %s", *data, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail("cannot create data directory %s: %s", dir, err)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad -log-level %q", *logLevel)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Logger:   logger,
		Handler:  "sqlite",
		// The SQLite handler wants a file: URL naming a directory, ending in a slash.
		SQLiteURL: "file:" + dir + "/",
	})
	if err != nil {
		fail("%s", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// The parent process reads this line to learn the address actually bound.
	fmt.Printf("listening %s\n", f.MongoDBURI())
	if err := f.Run(ctx); err != nil {
		fail("%s", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb: "+format+"\n", args...)
	os.Exit(1)
}

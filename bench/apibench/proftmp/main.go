package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"runtime/pprof"
	"time"

	"github.com/legible-app/legible/api"
	"github.com/legible-app/legible/db"
)

func main() {
	ctx := context.Background()
	d, err := db.Open(ctx, os.Args[1], slog.Default())
	if err != nil {
		panic(err)
	}
	al := api.NewAccessLog(os.Stderr, 250*time.Millisecond)
	s := api.New(api.Config{AnonRate: 1e9, AnonBurst: 1e9, AccessLog: true, AccessLogger: al.Logger}, d, slog.Default())
	go s.Run(ctx)
	time.Sleep(40 * time.Second)
	f, _ := os.Create(os.Args[2])
	go func() {
		time.Sleep(3 * time.Second)
		pprof.StartCPUProfile(f)
		time.Sleep(10 * time.Second)
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(0)
	}()
	http.ListenAndServe("127.0.0.1:18099", s.Handler())
}

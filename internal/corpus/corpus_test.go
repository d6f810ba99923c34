package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestManifest(t *testing.T) {
	dir := t.TempDir()
	csv := "slug,service_name,doctype,language,source_repo,source_path,source_commit,html_file,md_file,url\n" +
		"acme,ACME,privacy-policy,en,r,p,c,policies/acme/privacy-policy.html,policies/acme/privacy-policy.md,https://acme.example/privacy\n" +
		"bare,Bare,privacy-policy,fr,r,p,c,,policies/bare/privacy-policy.md,\n"
	if err := os.WriteFile(filepath.Join(dir, "manifest.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := Manifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2", len(docs))
	}
	want := Doc{Slug: "acme", Service: "ACME", Doctype: "privacy-policy", Language: "en",
		HTMLFile: filepath.Join(dir, "policies/acme/privacy-policy.html"), MDFile: filepath.Join(dir, "policies/acme/privacy-policy.md"),
		URL: "https://acme.example/privacy"}
	if docs[0] != want {
		t.Errorf("docs[0] = %+v\nwant %+v", docs[0], want)
	}
	if docs[1].HTMLFile != "" || docs[1].Language != "fr" {
		t.Errorf("docs[1] = %+v", docs[1])
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.csv"), []byte("slug,doctype\nx,y\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Manifest(dir); err == nil {
		t.Error("a manifest without the needed columns was accepted")
	}
	if _, err := Manifest(t.TempDir()); err == nil {
		t.Error("a missing manifest was accepted")
	}
}

func TestLoadSharedCorpus(t *testing.T) {
	_, docs := Load(t)
	if len(docs) < 100 {
		t.Fatalf("only %d documents in the shared corpus", len(docs))
	}
	for _, d := range docs {
		if d.MDFile == "" && d.HTMLFile == "" {
			t.Errorf("%s/%s has neither text nor HTML", d.Slug, d.Doctype)
		}
	}
}

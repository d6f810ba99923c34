package rating_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

const arabicPolicy = "سياسة الخصوصية\n\nنجمع عنوان بريدك الإلكتروني لإرسال الإيصالات. لا نبيع بياناتك الشخصية. " +
	"نحتفظ ببياناتك لمدة ثلاثين يومًا. يمكنك أن تطلب حذفها عبر privacy@example.com."

// TestRescore stores versions scored under an old rubric, one of them with
// an undetermined language and one that cannot be scored, and checks that
// Rescore scores the others under the current rubric and combines the site
// again, keeping its check time.
func TestRescore(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		site, err := d.UpsertSite(ctx, legible.Site{Domain: "old.test", UnicodeDomain: "old.test", DomainHash: legible.DomainHash("old.test")})
		if err != nil {
			t.Fatal(err)
		}
		checked := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		old := &legible.Score{RubricVersion: "2000.1", Overall: 50, Grade: legible.GradeC, Report: json.RawMessage(`{}`), CreatedAt: checked}
		for _, v := range []legible.NewVersion{
			{Kind: legible.KindPrivacy, URL: "http://old.test/privacy", Text: arabicPolicy, Language: "und", Words: 20},
			{Kind: legible.KindTerms, URL: "http://old.test/terms", Text: "# Terms\n\nYou may use this shop. We may end your account at any time.", Language: "en", Words: 14},
			{Kind: legible.KindCookies, URL: "http://old.test/cookies", Text: "\x01\x02\x03\x04\x05\x06", Language: "", Words: 1},
		} {
			v.FetchedAt, v.Score = checked, old
			if _, err := d.RecordVersion(ctx, site.ID, v); err != nil {
				t.Fatal(err)
			}
		}
		versions, sites, err := rating.Rescore(ctx, d, nil)
		if err != nil || versions != 2 || sites != 1 {
			t.Fatalf("Rescore = %d versions, %d sites, %v; want 2, 1", versions, sites, err)
		}
		detail, err := d.SiteDetail(ctx, "old.test")
		if err != nil {
			t.Fatal(err)
		}
		if detail.Score == nil || detail.Score.RubricVersion != scorer.RubricVersion() {
			t.Fatalf("site score %+v, want one under rubric %s", detail.Score, scorer.RubricVersion())
		}
		for _, doc := range detail.Documents {
			if doc.Document.Kind != legible.KindPrivacy {
				continue
			}
			var rep scorer.Report
			if err := json.Unmarshal(doc.Score.Report, &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Language != "ar" || rep.LanguageSource != "detected" {
				t.Errorf("privacy policy scored as %s (%s), want ar detected: und means detect", rep.Language, rep.LanguageSource)
			}
		}
		// Nothing left but the version that cannot be scored.
		if v, s, err := rating.Rescore(ctx, d, nil); err != nil || v != 0 || s != 0 {
			t.Errorf("second Rescore = %d, %d, %v; want nothing to do", v, s, err)
		}
	})
}

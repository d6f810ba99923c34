package crawler

import "github.com/legible-app/legible"

// phrase is a label or URL fragment that names a kind of document, with how
// strongly it does. Phrases are written lower case; matching folds accents,
// so "confidentialite" and "confidentialité" are the same.
type phrase struct {
	text   string
	weight float64
}

// kindHub marks links to pages that list legal documents ("Legal",
// "Privacy center"); the crawler follows one level of them.
const kindHub legible.DocKind = "hub"

func strong(ss ...string) []phrase { return weighted(10, ss) }
func weak(ss ...string) []phrase   { return weighted(6, ss) }

func weighted(w float64, ss []string) []phrase {
	out := make([]phrase, len(ss))
	for i, s := range ss {
		out[i] = phrase{text: s, weight: w}
	}
	return out
}

func join(lists ...[]phrase) []phrase {
	var out []phrase
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// labelPhrases name each kind in link texts, titles and aria-labels: English,
// Arabic, French, German, Spanish, Italian, Portuguese, Dutch and a few more.
var labelPhrases = map[legible.DocKind][]phrase{
	legible.KindPrivacy: join(strong(
		"privacy policy", "privacy notice", "privacy statement", "privacy and cookie policy",
		"privacy & cookie policy", "privacy and cookies policy", "data policy", "data protection policy",
		"data privacy policy", "privacy information",
		"politique de confidentialite", "declaration de confidentialite", "politique de protection des donnees",
		"protection des donnees personnelles", "politique vie privee", "charte de confidentialite",
		"datenschutzerklarung", "datenschutzhinweise", "datenschutzrichtlinie", "datenschutzinformationen",
		"datenschutzbestimmungen", "politica de privacidad", "aviso de privacidad", "declaracion de privacidad",
		"informativa sulla privacy", "informativa privacy", "politica sulla privacy",
		"politica de privacidade", "aviso de privacidade", "privacybeleid", "privacyverklaring",
		"سياسة الخصوصية", "سياسة الخصوصيه", "بيان الخصوصية", "سياسة حماية البيانات", "اشعار الخصوصية",
		"политика конфиденциальности", "polityka prywatnosci", "gizlilik politikasi",
		"プライバシーポリシー", "個人情報保護方針", "隐私政策", "隱私權政策", "隐私权政策", "개인정보처리방침",
		"개인정보 처리방침", "गोपनीयता नीति",
	), weak(
		"privacy", "data protection", "confidentialite", "vie privee", "donnees personnelles",
		"protection des donnees", "datenschutz", "privatsphare", "privacidad", "proteccion de datos",
		"privacidade", "protecao de dados", "protezione dei dati", "gegevensbescherming",
		"الخصوصية", "حماية البيانات", "конфиденциальность", "prywatnosc", "gizlilik", "隐私", "隱私",
		"개인정보", "गोपनीयता",
	)),
	legible.KindTerms: join(strong(
		"terms of service", "terms of use", "terms and conditions", "terms & conditions", "conditions of use",
		"user agreement", "legal terms", "terms of sale", "general terms", "website terms",
		"conditions generales d'utilisation", "conditions d'utilisation", "conditions generales",
		"nutzungsbedingungen", "allgemeine geschaftsbedingungen", "geschaftsbedingungen",
		"terminos y condiciones", "terminos de uso", "condiciones de uso", "terminos del servicio",
		"condiciones generales", "terminos de servicio", "termini e condizioni", "termini di servizio",
		"termini d'uso", "condizioni d'uso", "condizioni generali", "termini di utilizzo",
		"termos de uso", "termos de servico", "termos e condicoes", "algemene voorwaarden",
		"gebruiksvoorwaarden", "الشروط والأحكام", "الشروط والاحكام", "شروط الاستخدام", "شروط الخدمة",
		"الأحكام والشروط", "الاحكام والشروط", "اتفاقية المستخدم", "شروط وأحكام", "شروط واحكام",
		"пользовательское соглашение", "условия использования", "regulamin", "kullanim kosullari",
		"hizmet sartlari", "利用規約", "服务条款", "使用条款", "用户协议", "서비스 이용약관", "이용약관",
		"सेवा की शर्तें", "उपयोग की शर्तें",
	), weak(
		"terms", "conditions", "cgu", "cgv", "agb", "eula", "tos", "terminos", "termos", "voorwaarden",
		"الشروط", "условия", "약관",
	)),
	legible.KindCookies: join(strong(
		"cookie policy", "cookies policy", "cookie notice", "cookie statement", "use of cookies",
		"politique de cookies", "politique relative aux cookies", "politique cookies", "politique des cookies",
		"cookie-richtlinie", "cookie-richtlinien", "cookie richtlinie", "cookie-hinweise", "cookie-erklarung",
		"cookie-politik", "cookierichtlinie", "politica de cookies", "informativa sui cookie",
		"informativa cookie", "cookiebeleid", "cookieverklaring", "سياسة ملفات تعريف الارتباط",
		"سياسة الكوكيز", "سياسة ملفات الكوكيز", "سياسة ملفات تعريف الإرتباط", "polityka cookies",
		"cerez politikasi", "trackers policy",
	), weak(
		"cookies", "cookie", "traceurs", "ملفات تعريف الارتباط", "الكوكيز", "ملفات الكوكيز", "cerez",
	)),
	legible.KindOther: weighted(9, []string{
		"legal notice", "imprint", "impressum", "mentions legales", "aviso legal", "note legali",
		"site notice", "legal disclaimer", "إشعار قانوني", "الإشعار القانوني", "اشعار قانوني",
	}),
	kindHub: weighted(8, []string{
		"legal", "legal center", "legal centre", "legal hub", "legal information", "legal & privacy",
		"legal and privacy", "privacy center", "privacy centre", "privacy hub", "privacy portal",
		"trust center", "trust centre", "policies", "our policies", "policy center", "rechtliches",
		"rechtliche hinweise", "juridique", "informations juridiques", "informations legales",
		"informacion legal", "centro de privacidad", "centre de confidentialite", "juridisch",
		"قانوني", "القانونية", "الشؤون القانونية", "السياسات", "مركز الخصوصية", "سياساتنا",
	}),
}

// urlPhrases name each kind in URL paths.
var urlPhrases = map[legible.DocKind][]phrase{
	legible.KindPrivacy: join(weighted(8, []string{
		"privacy-policy", "privacy_policy", "privacypolicy", "privacy-notice", "privacy-statement",
		"data-policy", "data-protection", "datenschutzerklarung", "datenschutzerklaerung",
		"politique-de-confidentialite", "politica-de-privacidad", "aviso-de-privacidad",
		"politica-de-privacidade", "privacybeleid", "privacyverklaring", "informativa-privacy",
		"سياسة-الخصوصية",
	}), weak(
		"privacy", "datenschutz", "confidentialite", "privacidad", "privacidade", "gizlilik", "privatsphare",
		"الخصوصية",
	)),
	legible.KindTerms: join(weighted(8, []string{
		"terms-of-service", "terms-of-use", "terms-and-conditions", "terms_of_service", "terms_of_use",
		"termsofservice", "termsofuse", "terms-conditions", "user-agreement", "conditions-of-use",
		"conditions-generales", "nutzungsbedingungen", "terminos-y-condiciones", "terminos-de-uso",
		"termos-de-uso", "algemene-voorwaarden", "termini-e-condizioni", "الشروط-والأحكام",
	}), weak(
		"terms", "tos", "conditions", "cgu", "agb", "terminos", "termos", "voorwaarden", "condizioni", "eula",
		"legal/terms",
	)),
	legible.KindCookies: join(weighted(8, []string{
		"cookie-policy", "cookies-policy", "cookiepolicy", "cookie-notice", "politique-cookies",
		"cookie-richtlinie", "cookiebeleid", "politica-de-cookies", "trackers-policy",
	}), weak("cookies", "cookie", "trackers")),
	legible.KindOther: weighted(6, []string{
		"legal-notice", "imprint", "impressum", "mentions-legales", "aviso-legal", "note-legali",
	}),
	kindHub: weighted(6, []string{
		"legal", "policies", "privacy-center", "privacycenter", "privacy-centre", "trust-center",
		"legal-center", "rechtliches", "juridique",
	}),
}

// negativeWords mark links to settings, consent buttons and forms rather
// than documents: "Cookie settings", "Your privacy choices", "Accept all".
var negativeWords = []string{
	"settings", "preferences", "preference", "manage", "choices", "do not sell", "opt out", "opt-out",
	"accept", "reject", "refuse", "request", "report", "contact us", "archive", "archived",
	"previous version", "older version", "einstellungen", "verwalten", "akzeptieren", "ablehnen",
	"parametres", "preferences des cookies", "gerer", "accepter", "refuser", "configuracion",
	"configurar", "preferencias", "aceptar", "rechazar", "impostazioni", "preferenze", "gestisci",
	"accetta", "instellingen", "beheren", "accepteren", "configuracoes", "gerenciar", "aceitar",
	"إعدادات", "اعدادات", "تفضيلات", "إدارة", "ادارة", "قبول", "رفض", "настройки",
}

// commonPaths are tried, in order, for a kind that no link or sitemap
// named. Cookie policies are not guessed: most sites without a linked one
// explain cookies in their privacy policy, and each guess costs a request.
var commonPaths = map[legible.DocKind][]string{
	legible.KindPrivacy: {"/privacy", "/privacy-policy", "/legal/privacy", "/privacy.html", "/privacy-policy/"},
	legible.KindTerms:   {"/terms", "/terms-of-service", "/tos", "/terms-of-use", "/legal/terms"},
}

// hubPaths are tried when the home page links to no document at all.
var hubPaths = []string{"/legal"}

package scorer

import (
	"reflect"
	"testing"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		words     []string
		sentences []string
		headings  int
		lists     int
	}{
		{
			name:      "two sentences",
			text:      "We collect your email. We never sell it!",
			words:     []string{"We", "collect", "your", "email", "We", "never", "sell", "it"},
			sentences: []string{"We collect your email.", "We never sell it!"},
		},
		{
			name:      "abbreviations and e-mail",
			text:      "Contact us at privacy@example.com, e.g. by mail. Thanks.",
			words:     []string{"Contact", "us", "at", "privacy@example.com", "e.g", "by", "mail", "Thanks"},
			sentences: []string{"Contact us at privacy@example.com, e.g. by mail.", "Thanks."},
		},
		{
			name:      "titles and initials",
			text:      "Mr. Smith works at Example Inc. in London.",
			words:     []string{"Mr", "Smith", "works", "at", "Example", "Inc", "in", "London"},
			sentences: []string{"Mr. Smith works at Example Inc. in London."},
		},
		{
			name:      "markdown structure",
			text:      "# Privacy Policy\n\nLast updated: 1 May 2024\n\n- Name\n- Email address\n",
			words:     []string{"Privacy", "Policy", "Last", "updated", "1", "May", "2024", "Name", "Email", "address"},
			sentences: []string{"Privacy Policy", "Last updated: 1 May 2024", "Name", "Email address"},
			headings:  1,
			lists:     2,
		},
		{
			name:      "URL and decimal",
			text:      "Visit https://example.com/privacy. It costs 1.5 EUR.",
			words:     []string{"Visit", "https://example.com/privacy", "It", "costs", "1.5", "EUR"},
			sentences: []string{"Visit https://example.com/privacy.", "It costs 1.5 EUR."},
		},
		{
			name:      "link target is not prose",
			text:      "Read our [Cookie Policy](https://x.example/c \"Cookies\") now.",
			words:     []string{"Read", "our", "Cookie", "Policy", "now"},
			sentences: []string{"Read our [Cookie Policy](https://x.example/c \"Cookies\") now."},
		},
		{
			name:      "hard-wrapped prose joins lines",
			text:      "This is a long line of prose that goes on and on past sixty bytes\nand continues here.",
			words:     []string{"This", "is", "a", "long", "line", "of", "prose", "that", "goes", "on", "and", "on", "past", "sixty", "bytes", "and", "continues", "here"},
			sentences: []string{"This is a long line of prose that goes on and on past sixty bytes\nand continues here."},
		},
		{
			name:      "setext heading and bold title line",
			text:      "Terms\n=====\n\n**Overview**\n\nText here.",
			words:     []string{"Terms", "Overview", "Text", "here"},
			sentences: []string{"Terms", "**Overview**", "Text here."},
			headings:  2,
		},
		{
			name:      "numbered list",
			text:      "1. We ask.\n2) You answer.",
			words:     []string{"We", "ask", "You", "answer"},
			sentences: []string{"We ask.", "You answer."},
			lists:     2,
		},
		{
			name:      "Arabic",
			text:      "نحن نجمع بريدك الإلكتروني. لا نبيع بياناتك أبدا؟ نعم",
			words:     []string{"نحن", "نجمع", "بريدك", "الإلكتروني", "لا", "نبيع", "بياناتك", "أبدا", "نعم"},
			sentences: []string{"نحن نجمع بريدك الإلكتروني.", "لا نبيع بياناتك أبدا؟", "نعم"},
		},
		{
			name:      "Chinese counts characters",
			text:      "我们收集数据。我们不出售。",
			words:     []string{"我", "们", "收", "集", "数", "据", "我", "们", "不", "出", "售"},
			sentences: []string{"我们收集数据。", "我们不出售。"},
		},
		{
			name:      "HTML line breaks in Markdown",
			text:      "| Data | Why |\n| Name<br>Email address<br/>Phone | To reach you<BR />and bill you |",
			words:     []string{"Data", "Why", "Name", "Email", "address", "Phone", "To", "reach", "you", "and", "bill", "you"},
			sentences: []string{"Data | Why |", "Name", "Email address", "Phone | To reach you", "and bill you |"},
		},
		{
			// Other tags are no words; the end of a paragraph ends the
			// sentence; "<https://…>" and "<13" are no tags.
			name:      "HTML tags in Markdown",
			text:      "It is treated as personal information.</p><a href='https://example.com/defs#pi'>Learn More</a> about <strong>your rights</strong>. See <https://example.com> if under <13.",
			words:     []string{"It", "is", "treated", "as", "personal", "information", "Learn", "More", "about", "your", "rights", "See", "https://example.com", "if", "under", "13"},
			sentences: []string{"It is treated as personal information.", "Learn More</a> about <strong>your rights</strong>.", "See <https://example.com> if under <13."},
		},
		{
			name:      "byte order mark before a heading",
			text:      "\ufeff# Title\n\nText.",
			words:     []string{"Title", "Text"},
			sentences: []string{"Title", "Text."},
			headings:  1,
		},
		{
			// Text from a PDF often puts a blank line after every wrapped
			// line: a long line that stops without punctuation goes on in
			// the lower-case line after the blank one.
			name:      "prose hard-wrapped across blank lines",
			text:      "Most data such as your order history and your account details are kept while\n\nyou remain an active customer, then for five years.\n\nWe then delete it.\n",
			words:     []string{"Most", "data", "such", "as", "your", "order", "history", "and", "your", "account", "details", "are", "kept", "while", "you", "remain", "an", "active", "customer", "then", "for", "five", "years", "We", "then", "delete", "it"},
			sentences: []string{"Most data such as your order history and your account details are kept while\n\nyou remain an active customer, then for five years.", "We then delete it."},
		},
		{
			// ... but a paragraph that ends in punctuation, or a line
			// followed by a capital, stays apart.
			name:      "blank line between paragraphs",
			text:      "Here is a long line of text that names no punctuation at its very end\n\nThen a new paragraph starts with a capital letter.\n",
			words:     []string{"Here", "is", "a", "long", "line", "of", "text", "that", "names", "no", "punctuation", "at", "its", "very", "end", "Then", "a", "new", "paragraph", "starts", "with", "a", "capital", "letter"},
			sentences: []string{"Here is a long line of text that names no punctuation at its very end", "Then a new paragraph starts with a capital letter."},
		},
		{
			name:      "list item hard-wrapped across a blank line",
			text:      "∙ Partner sites that run services linked to ours when you choose to use those services\n\n(for example photo prints).\n\n∙ Customs\n",
			words:     []string{"Partner", "sites", "that", "run", "services", "linked", "to", "ours", "when", "you", "choose", "to", "use", "those", "services", "for", "example", "photo", "prints", "Customs"},
			sentences: []string{"Partner sites that run services linked to ours when you choose to use those services\n\n(for example photo prints).", "Customs"},
			lists:     2,
		},
		{
			// A list item may stop on such a word ("if you want to"): before
			// a paragraph in capitals it is an item of its own.
			name:      "list item ending on an open word before a paragraph",
			text:      "* You can also delete your account or some of its information, if you want to\n\nUnder the law, we need a reason to use your data.\n",
			words:     []string{"You", "can", "also", "delete", "your", "account", "or", "some", "of", "its", "information", "if", "you", "want", "to", "Under", "the", "law", "we", "need", "a", "reason", "to", "use", "your", "data"},
			sentences: []string{"You can also delete your account or some of its information, if you want to", "Under the law, we need a reason to use your data."},
			lists:     1,
		},
		{
			// A long line that stops on a word no sentence ends with goes
			// on, even before a capital ("… du présent\n\nAvis").
			name:      "wrapped before a capital after an open word",
			text:      "Nous vous avertirons lorsque des modifications seront apportées au présent\n\nAvis de confidentialité.\n",
			words:     []string{"Nous", "vous", "avertirons", "lorsque", "des", "modifications", "seront", "apportées", "au", "présent", "Avis", "de", "confidentialité"},
			sentences: []string{"Nous vous avertirons lorsque des modifications seront apportées au présent\n\nAvis de confidentialité."},
		},
		{
			// "(h) …" opens the next item of an enumeration, however the
			// item before it ends ("; or").
			name:      "enumerated paragraphs after an open word",
			text:      "(g) Use any method to extract any content from the Products other than as permitted through the Products; or\n\n(h) Buy, sell, or transfer API keys.\n",
			words:     []string{"g", "Use", "any", "method", "to", "extract", "any", "content", "from", "the", "Products", "other", "than", "as", "permitted", "through", "the", "Products", "or", "h", "Buy", "sell", "or", "transfer", "API", "keys"},
			sentences: []string{"(g) Use any method to extract any content from the Products other than as permitted through the Products; or", "(h) Buy, sell, or transfer API keys."},
		},
		{
			name:      "French and Spanish 'for example'",
			text:      "Nous recevons des données de tiers (par ex. Facebook ou Apple). Datos de terceros (p. ej. Google).",
			words:     []string{"Nous", "recevons", "des", "données", "de", "tiers", "par", "ex", "Facebook", "ou", "Apple", "Datos", "de", "terceros", "p", "ej", "Google"},
			sentences: []string{"Nous recevons des données de tiers (par ex. Facebook ou Apple).", "Datos de terceros (p. ej. Google)."},
		},
		{
			name:      "contractions and hyphens",
			text:      "Don't opt-in; we’ll ask.",
			words:     []string{"Don't", "opt-in", "we’ll", "ask"},
			sentences: []string{"Don't opt-in; we’ll ask."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := segment(tt.text)
			var words, sentences []string
			for _, tok := range sg.tokens {
				words = append(words, tt.text[tok.start:tok.end])
			}
			for _, s := range sg.sentences {
				sentences = append(sentences, tt.text[s.span.Start:s.span.End])
			}
			if !reflect.DeepEqual(words, tt.words) {
				t.Errorf("words = %q, want %q", words, tt.words)
			}
			if !reflect.DeepEqual(sentences, tt.sentences) {
				t.Errorf("sentences = %q, want %q", sentences, tt.sentences)
			}
			if sg.headings != tt.headings || sg.listItems != tt.lists {
				t.Errorf("headings, list items = %d, %d; want %d, %d", sg.headings, sg.listItems, tt.headings, tt.lists)
			}
			total := 0
			for _, s := range sg.sentences {
				total += s.last - s.first
			}
			if total != len(sg.tokens) {
				t.Errorf("sentences hold %d words, text has %d", total, len(sg.tokens))
			}
		})
	}
}

func TestSegmentLetters(t *testing.T) {
	sg := segment("Opt-in, e-mail 2024 déjà.")
	got := 0
	for _, tok := range sg.tokens {
		got += int(tok.letters)
	}
	// Opt-in 5, e-mail 5, 2024 4, déjà 4.
	if got != 18 {
		t.Errorf("letters = %d, want 18", got)
	}
}

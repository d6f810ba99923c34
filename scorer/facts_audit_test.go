package scorer

import (
	"slices"
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

// TestFactsAuditRegressions: the kinds of wrong answer a hand audit of
// findings on real policies found, each in sentences of our own writing. A
// "not" answer means the question must not take that answer (unknown or
// another one is right).
func TestFactsAuditRegressions(t *testing.T) {
	cases := []struct {
		text, question, want, not string
	}{
		// Sources named by kind after "from:" end with "third-party sources";
		// advertising networks among them are not needed sources, security
		// partners fighting fraud are.
		{"We may collect personal information directly from you, or we may receive personal information about you from: retailers, licensors or third-party sources.", "third-party-collection", "yes", ""},
		{"## How we collect data\n\nWe collect data through:\n\n* **Direct interactions:** when you fill out forms or contact us.\n* **Third-party sources:** payment processors, analytics providers, or advertising networks.\n", "third-party-collection", "yes", ""},
		{"## Information from other sources\n\nWe receive personal data from our trusted partners, such as security partners, to protect against fraud and abuse.", "third-party-collection", "critical-only", ""},
		// Advertising content tailored to the reader is targeted
		// advertising, and so are targeted communications, which one may
		// refuse in the app's settings (French, Arabic).
		{"**Communication ciblée.** Nous créons des groupes d’utilisateurs aux intérêts similaires. Ces groupes nous permettent de vous faire parvenir des contenus publicitaires adaptés sur des plateformes tierces partenaires.", "behavioral-marketing", "yes", ""},
		{"Ces groupes nous permettent de vous faire parvenir des contenus publicitaires adaptés sur des plateformes tierces partenaires. Vous pouvez vous opposer à tout moment à l’envoi de communications ciblées dans vos paramètres de notification.", "behavioral-marketing", "yes-opt-out", ""},
		{"تتيح لنا هذه المجموعات أن نرسل إليك محتوى إعلاني مخصص على منصات شركائنا.", "behavioral-marketing", "yes", ""},
		// "These measures include …" after the service's own measures, in
		// its paragraph, names the service's measures; the unauthorised
		// third parties they keep out are no recipients (English, French).
		{"## How we protect your data\n\nWe have security measures, including administrative, physical and electronic measures, to protect against the loss of information. These measures include SSL encryption of your personal information in transit and firewalls to prevent unauthorised third parties from accessing it.", "security", "yes", ""},
		{"## Sécurité\n\nNous avons mis en place des mesures de sécurité pour protéger vos données. Ces mesures comprennent le chiffrement des données et des pare-feu contre les tiers non autorisés.", "security", "yes", ""},
		{"## How we protect your data\n\nWe have security measures to protect your personal data. These measures include the encryption of your personal information.\n\nWe also use firewalls on our servers.", "security", "yes", ""},
		{"You agree to notify us if your password is lost, stolen or disclosed to an unauthorized third party. We collect your email address.", "third-party-access", "", "yes-unspecified"},
		// A full list of one kind of partner (those that measure the
		// audience) names not the other recipients (French, Spanish).
		{"Nous partageons vos données d’utilisation avec des partenaires externes qui fournissent des services de marketing et d’analyse en notre nom. Vous trouverez une liste complète des partenaires d’analyse dans notre CMP.", "third-party-access", "yes-unspecified", ""},
		{"Compartimos sus datos de uso con socios externos que prestan servicios de marketing y análisis. Encontrará la lista completa de socios de análisis en nuestra CMP.", "third-party-access", "", "yes-specified-noncritical"},
		// Not sharing with advertisers "unless you ask us to" shares only
		// as the reader directs.
		{"We don't share information that personally identifies you with advertisers, such as your name or email, unless you ask us to. We collect your email address.", "third-party-access", "", "yes-unspecified"},
		{"Nous ne partageons pas les informations qui vous identifient avec des annonceurs, sauf si vous nous le demandez. Nous collectons votre adresse e-mail.", "third-party-access", "", "yes-unspecified"},
		// Independent third-party audits of the service's compliance are
		// independent audits wherever the policy names them; a provider's
		// are the provider's.
		{"## Data retention\n\nWe keep your data as long as necessary. We maintain a compliance program that includes independent third-party audits and certifications.", "security", "yes-independent-audits", ""},
		{"## Security\n\nOur hosting provider undergoes independent third-party audits. We collect your email address.", "security", "", "yes-independent-audits"},
		// The next sentence of a list item that shares nothing personal
		// ("without sharing any personal data") withdraws the item's
		// sharing (English, French).
		{"We may disclose personal data about you to third parties for the reasons set out above:\n\n* our payment providers, to process payments;\n* our affiliates, to spare you a second age verification. In this case, we only share an age confirmation without sharing any personal data whatsoever;\n", "third-party-access", "", "yes-unspecified"},
		{"Nous pouvons communiquer vos données personnelles à des tiers pour les raisons ci-dessus :\n\n* nos prestataires de paiement, pour traiter les paiements ;\n* nos sociétés affiliées, pour vous éviter une seconde vérification d'âge. Dans ce cas, nous ne partageons qu'une confirmation d'âge, sans partager aucune donnée personnelle ;\n", "third-party-access", "", "yes-unspecified"},
		// Cookies that remember your choices offer no choice: under an
		// advertising heading they are no way out of targeted ads.
		{"## Interest-based advertising\n\nWe show you personalised ads based on your activity on our site. We use functional cookies to remember your choices so we can provide enhanced features.\n", "behavioral-marketing", "yes", ""},
		{"## Publicité ciblée\n\nNous vous montrons des publicités personnalisées selon votre activité sur notre site. Nous utilisons des cookies fonctionnels pour mémoriser vos choix et vous offrir des fonctions avancées.\n", "behavioral-marketing", "yes", ""},
		{"## الإعلانات المخصصة\n\nنعرض لك إعلانات مخصصة بناءً على نشاطك على موقعنا. نستخدم ملفات تعريف الارتباط الوظيفية لتذكر اختياراتك وتقديم ميزات محسنة.\n", "behavioral-marketing", "yes", ""},
		// A denial of selling personal data beside a sale of anonymous or
		// aggregate information, or beside sharing that "might be deemed a
		// sale", is no plain denial: the answer stays unknown. A negated
		// hedge still leaves the denial standing.
		{"We will not sell or give personally identifiable information to any third party. We reserve and currently exercise the right to sell or give away anonymous or aggregate information.", "sells-data", "", "no"},
		{"Nous ne vendons pas vos données personnelles. Nous nous réservons le droit de vendre des informations anonymes ou agrégées.", "sells-data", "", "no"},
		{"لا نبيع بياناتك الشخصية. نحتفظ بالحق في بيع معلومات مجمعة عن القراء.", "sells-data", "", "no"},
		{"We do not sell personal information for monetary consideration; however, we may share certain personal information with third parties under circumstances which might be deemed a sale under the CPRA. We do not sell your personal information.", "sells-data", "", "no"},
		{"Nous ne vendons pas vos données personnelles. Nous pouvons partager certaines données avec des tiers dans des circonstances qui pourraient être considérées comme une vente au sens du CCPA.", "sells-data", "", "no"},
		{"We do not engage in activities that may be considered a sale of personal information. We do not sell your personal information.", "sells-data", "no", ""},
		// A list of the policy's previous changes, available on request, is
		// its history (English, French, Arabic).
		{"Last updated: 8 July 2026. A list of all previous changes is available upon request.", "history", "yes", ""},
		{"Dernière mise à jour : 8 juillet 2026. La liste de toutes les modifications précédentes est disponible sur demande.", "history", "yes", ""},
		{"آخر تحديث: 8 يوليو 2026. قائمة التغييرات السابقة متاحة عند الطلب.", "history", "yes", ""},
		// A payment processor is another party: the period it keeps card
		// details for is not the service's. Other apps that sell data are
		// not the service (Arabic).
		{"Our payment processor keeps your card details for seven years, as banking law requires. We collect your email address.", "retention", "", "period"},
		{"تبيع تطبيقات كثيرة بياناتك لوسطاء البيانات. أما نحن فلا نجمع إلا بريدك الإلكتروني.", "third-party-access", "", "yes-unspecified"},
		{"تبيع تطبيقات كثيرة بياناتك لوسطاء البيانات. أما نحن فلا نجمع إلا بريدك الإلكتروني.", "sells-data", "", "yes"},
		// Collecting late payments, and what a customer must monitor, is no
		// collection of personal data.
		{"Acme may charge interest on the past due amount and the costs incurred in collecting any late payments. It is the Customer's responsibility to monitor its usage and ensure timely application of funds. Acme may collect amounts owed through a collection agency. We collect your email address.", "list-collected", "", "generally"},
		// A subheading that names no action keeps what the heading above it
		// lends to a list's lead-in that names none either.
		{"## Types of data collected\n\n**Personal data**\n\nPersonal data may include, but is not limited to:\n\n1. Email address\n2. First name and last name\n3. Date of birth\n4. IP address\n", "list-collected", "generally", ""},
		// What the service's business customers do with the data they
		// upload is theirs, not the service's (English, French).
		{"We collect your email address. Our customers may sell the data they upload to our platform; we only host it.", "sells-data", "", "yes"},
		{"Nous collectons votre adresse e-mail. Nos clients peuvent vendre les données qu'ils déposent sur notre plateforme ; nous ne faisons que les héberger.", "sells-data", "", "yes"},
		// Arabic "as long as necessary" in its other spellings.
		{"نحتفظ ببياناتك ما دام ذلك ضروريًا لتقديم الخدمة.", "retention", "as-needed", ""},
		{"نحتفظ ببياناتك حسب الحاجة لتقديم الخدمة.", "retention", "as-needed", ""},
		// Deleting one's own content or data "at any time" is self-service;
		// asking for it at any time is not.
		{"You can delete your notes at any time, and you can stop using the app at any time.", "data-deletion", "yes-automated", ""},
		{"Vous pouvez supprimer vos contenus à tout moment depuis l'application.", "data-deletion", "yes-automated", ""},
		{"At any time, you may request a copy of your information, and we honor any requests by you to have your information deleted.", "data-deletion", "", "yes-automated"},
		// Deleting one's saved card at any time is no deletion of one's data.
		{"Vous pouvez supprimer les données de votre carte bancaire à tout moment dans votre espace client.", "data-deletion", "", "yes-automated"},
		// A cookie panel named beside the browser is the site's own tool.
		{"Vous pouvez gérer à tout moment l'utilisation des cookies via votre navigateur ou le panneau de gestion des cookies.", "cookie-choices", "settings", ""},
		{"You can block cookies in your browser or through our consent management platform.", "cookie-choices", "settings", ""},
		// A link for rights requests under a cookie heading is no cookie tool.
		{"## Cookies\n\nTo exercise your choices and rights or to make a request, click [here](https://help.example.com/requests).", "cookie-choices", "", "settings"},
		// Security outlined by naming concrete measures (encryption and a
		// second one) is "yes"; encryption alone, or general words, only
		// "somewhat"; measures its providers must take are not its own.
		{"We store your information on secure servers and encrypt it while in transit.", "security", "yes", ""},
		{"Nos mesures comprennent le chiffrement des données et des pare-feu.", "security", "yes", ""},
		{"نستخدم التشفير وجدار الحماية لحماية بياناتك.", "security", "yes", ""},
		// The plural firewalls ("جدران الحماية") and access controls ("ضوابط
		// الوصول") are the same measures in Arabic.
		{"نستخدم التشفير وجدران الحماية لحماية بياناتك.", "security", "yes", ""},
		{"نستخدم التشفير وضوابط الوصول لحماية بياناتك.", "security", "yes", ""},
		{"All information sent within our services is encrypted in transit.", "security", "somewhat", ""},
		{"We take appropriate technical and organisational measures to protect your data.", "security", "somewhat", ""},
		{"Our service providers must use encryption and access controls to protect your data.", "security", "", "yes"},
		// Access limited to the staff (and contractors) who need it is the
		// service's own measure, though it names another party: with
		// encryption under a security heading it is concrete, alone it is
		// one measure (English, French, Arabic).
		{"## How we protect your information\n\nAll information sent within our services is encrypted in transit and at rest. We also enforce access controls to limit which of our employees and contractors have access to personal information.\n", "security", "yes", ""},
		{"## Comment protégeons-nous vos données\n\nNous chiffrons toutes les informations en transit et au repos. Nous appliquons des contrôles d'accès pour limiter ceux de nos employés et sous-traitants qui ont accès à vos données personnelles.\n", "security", "yes", ""},
		{"## كيف نحمي بياناتك\n\nنستخدم التشفير لحماية جميع المعلومات أثناء النقل. ونطبق التحكم في الوصول لتقييد الموظفين والمتعاقدين الذين يمكنهم الوصول إلى بياناتك الشخصية.\n", "security", "yes", ""},
		{"We limit access to your personal data to employees and contractors who need to know.", "security", "somewhat", ""},
		// Limiting access to one's data, in French, German, Spanish and
		// Arabic too, is an access control: with physical security or a
		// firewall it names two measures.
		{"Nous avons mis en place des mesures techniques et organisationnelles afin de limiter l'accès à vos données, dont la sécurité physique des bâtiments abritant nos serveurs.", "security", "yes", ""},
		{"نقيد الوصول إلى بياناتك الشخصية ونطبق الأمن المادي في مبانينا لحماية بياناتك.", "security", "yes", ""},
		{"Wir beschränken den Zugriff auf Ihre Daten und setzen eine Firewall ein, um Ihre Daten zu schützen.", "security", "yes", ""},
		// A pointer to another document's security practices describes none
		// (English, French, Arabic); a measure named beside a pointer still
		// counts.
		{"We collect your email address. For more information about our security practices, please see the main Acme Privacy Policy.", "security", "", "somewhat"},
		{"Nous collectons votre adresse e-mail. Pour plus d'informations sur nos pratiques de sécurité, consultez la politique de confidentialité principale d'Acme.", "security", "", "somewhat"},
		{"نجمع بريدك الإلكتروني. لمزيد من المعلومات حول ممارساتنا الأمنية، راجع سياسة الخصوصية الرئيسية.", "security", "", "somewhat"},
		{"We collect your email address. We encrypt your data in transit. For more information about our security practices, see our security page.", "security", "somewhat", ""},
		// An audit named among the purposes a list's lead-in announces ("We
		// use your information to: … perform security activities, such as
		// audits") is a use of data, not a check of the service's security;
		// under a lead-in naming security measures it is one (English,
		// French, Arabic).
		{"## How we use your data\n\nWe use your information to:\n\n* provide the service;\n* perform internal compliance and security activities, such as audits.\n\n## Security\n\nWe take reasonable measures to protect your data.\n", "security", "somewhat", ""},
		{"## Utilisation de vos données\n\nNous utilisons vos données pour :\n\n* fournir le service ;\n* mener des activités internes de conformité et de sécurité, comme des audits.\n\n## Sécurité\n\nNous prenons des mesures raisonnables pour protéger vos données.\n", "security", "somewhat", ""},
		{"## كيف نستخدم بياناتك\n\nنستخدم بياناتك من أجل:\n\n* تقديم الخدمة؛\n* إجراء أنشطة الامتثال والأمن الداخلية، مثل عمليات التدقيق.\n\n## الأمان\n\nنتخذ تدابير معقولة لحماية بياناتك.\n", "security", "somewhat", ""},
		{"## Security\n\nWe take the following security measures:\n\n* encryption of data in transit;\n* access controls;\n* regular security audits.\n", "security", "yes-audits", ""},
		// A sentence that refers back to the one before ("This practice is
		// audited …") is no list item: its audit stands.
		{"## Security\n\nWe encrypt your data in transit and at rest and use firewalls. This practice is audited every year by our security team.\n", "security", "yes-audits", ""},
		// Two measures of different kinds (the physical security of its
		// buildings, secure backups, firewalls) are concrete too; two of one
		// kind, or one alone, are not.
		{"Our security system includes the physical security of the buildings that house our servers and secure backups of your data.", "security", "yes", ""},
		{"Nos mesures incluent la sécurité physique des bâtiments abritant nos serveurs et des sauvegardes sécurisées de vos données.", "security", "yes", ""},
		{"تشمل حماية بياناتك الأمن المادي لمبانينا وجدار الحماية لشبكتنا.", "security", "yes", ""},
		{"Our security system includes the physical security of the buildings that house our servers.", "security", "", "yes"},
		{"We use firewalls and antivirus software.", "security", "", "yes"},
		// "…, and therefore we use …" opens a clause of the service's own,
		// as "…, and we use …" does (English, French).
		{"Acme wants you to use our services with confidence, and therefore we use a number of security techniques, including firewalls and access control procedures.", "security", "yes", ""},
		{"Acme veut que vous utilisiez nos services en toute confiance, et donc nous utilisons des techniques de sécurité, dont des pare-feu et des contrôles d'accès.", "security", "yes", ""},
		// Systems "that have limited access" in "controlled facilities",
		// with encryption in transit, are what the raters answer "somewhat"
		// for, word for word: no concrete pair is read in them.
		{"We use a variety of security technologies and procedures to help protect your personal data from unauthorized access, use, or disclosure. For example, we store the personal data you provide on computer systems that have limited access and are in controlled facilities.", "security", "", "yes"},
		// A telephone network's "voice firewall" against scam calls protects
		// no data.
		{"We use encryption and a voice firewall to identify and block scam calls.", "security", "", "yes"},
		// Secure data backups and the physical protection of data centres
		// are measures of their kinds, as secure backups and physical
		// security are: a list of them under the service's lead-in is
		// concrete.
		{"## Security\n\nOur security measures include the following points:\n\n* Physical protection measures for all of our data centers\n* Secure data backup\n", "security", "yes", ""},
		// Measures that "may be, for example," encryption name what could
		// be done, not what is (English, French).
		{"## Security\n\nThese measures may be, for example, encryption, pseudonymisation or contractual obligations.", "security", "", "yes"},
		{"## Sécurité\n\nCes mesures peuvent être, par exemple, le cryptage, la pseudonymisation ou les obligations contractuelles de transparence à l'égard des autorités.", "security", "", "yes"},
		// A lead-in that protects data "through measures including:" is the
		// service's lead-in of its security measures (English, French).
		{"## How we protect your data\n\nWe protect your data through measures including:\n\n* applying encryption;\n* implementing access controls.\n", "security", "yes", ""},
		{"## Comment nous protégeons vos données\n\nNous protégeons vos données par des mesures comprenant :\n\n* le chiffrement ;\n* des contrôles d'accès.\n", "security", "yes", ""},
		// Testing its security measures on an ongoing basis is a review of
		// them, which counts as an audit.
		{"## Security\n\nWe encrypt your data in transit and use access controls. We update and test such security measures on an ongoing basis and restrict access to your personal information.", "security", "yes-audits", ""},
		{"We update and test our apps on an ongoing basis.", "security", "", "yes-audits"},
		// "Means" as a noun, or "this means that", is no definition.
		{"We utilize security means such as password protection, encryption and restricted access.", "security", "yes", ""},
		{"We never trade your data for money. This means that we do not sell your personal information.", "sells-data", "no", ""},
		{"\"Personal data\" means any information that relates to you, such as your name.", "list-collected", "", "generally"},
		// Non-personal information shared is no access to personal data.
		{"We may share non-personally identifiable information with our partners.", "third-party-access", "", "yes-unspecified"},
		// "Aussi longtemps que" keeps data as long as something else, not
		// "as long as necessary" unless it says so.
		{"Si une position est associée à une photo, nous conserverons cette position aussi longtemps que nous conserverons la photo.", "retention", "", "as-needed"},
		{"Acme conserve les données relatives à votre utilisation aussi longtemps que cela est nécessaire pour répondre aux objectifs décrits.", "retention", "as-needed", ""},
		// Paragraphs under a bold line that denies ("**Acme does not:**")
		// are its items, written without bullets: no practice of the service.
		{"## Our commitments\n\n**Acme does not:**\n\nShare any customer data with advertising partners.\n\nSell the names and addresses of visitors to third parties.\n", "third-party-access", "", "yes-unspecified"},
		{"## Our commitments\n\n**Acme does not:**\n\nShare any customer data with advertising partners.\n\nSell the names and addresses of visitors to third parties.\n", "sells-data", "", "yes"},
		// French "incidents de sécurité" that affect you, of which "nous vous
		// contacterons", are a breach notice.
		{"S'il y a des incidents de sécurité qui peuvent affecter vos données personnelles, nous vous contacterons et vous indiquerons ce que vous pouvez faire.", "data-breaches", "eventually", ""},
		{"Pour toute question, nous vous contacterons par e-mail.", "data-breaches", "", "eventually"},
		// Monitoring its systems for vulnerabilities is an audit in the
		// raters' rubric, and so is regularly reviewing its security
		// procedures ("'Reviews', 'monitoring', etc. also count as
		// audits"). An audit adds to security described concretely: "Yes,
		// including audits" is "Yes" and more. Over general words, or
		// alone, the raters answer "somewhat" ("We regularly review our
		// security procedures", "internal reviews of … security
		// measures", "We update and test our security technology").
		{"## Sécurité\n\nNous surveillons régulièrement nos systèmes afin de détecter d'éventuelles vulnérabilités et attaques.", "security", "somewhat", ""},
		{"## Security\n\nWe have implemented technical and physical security measures. We regularly review our security procedures to consider appropriate new technology and methods.", "security", "somewhat", ""},
		{"## Sécurité\n\nNous avons mis en place des mesures techniques. Nous revoyons régulièrement nos mesures de sécurité pour tenir compte des nouvelles technologies.", "security", "somewhat", ""},
		{"## الأمان\n\nنطبّق تدابير تقنية لحماية بياناتك. نراجع بانتظام إجراءاتنا الأمنية لمواكبة التقنيات الجديدة.", "security", "somewhat", ""},
		{"## Security\n\nWe encrypt your data in transit and use firewalls. We regularly review our security procedures to consider appropriate new technology and methods.", "security", "yes-audits", ""},
		{"## Sécurité\n\nNous chiffrons vos données et utilisons des pare-feu. Nous revoyons régulièrement nos mesures de sécurité pour tenir compte des nouvelles technologies.", "security", "yes-audits", ""},
		{"## الأمان\n\nنستخدم التشفير وجدار الحماية لحماية بياناتك. نراجع بانتظام إجراءاتنا الأمنية لمواكبة التقنيات الجديدة.", "security", "yes-audits", ""},
		// Updating one's measures is no review of them.
		{"Our security measures are constantly updated and improved in line with technological progress.", "security", "", "yes-audits"},
		// A purpose that "may include notifying you about changes" promises
		// no notice.
		{"To manage our relationship with you, which may include notifying you about changes to our terms or privacy policy.", "revision-notify", "", "yes"},
		// "Notice of such changes" by email is a notice; posted, it is not.
		{"If we make material changes, we will post the updated policy on the website. Notice of such changes may include notice by email to the address you registered with.", "revision-notify", "yes", ""},
		{"We will post notice of any changes on this page.", "revision-notify", "", "yes"},
		// Browser settings are not the site's own cookie choices.
		{"You can set your browser to refuse all cookies or to alert you when cookies are being sent.", "cookie-choices", "", "settings"},
		{"يمكنك ضبط متصفحك لرفض جميع ملفات تعريف الارتباط.", "cookie-choices", "", "settings"},
		{"Vous pouvez configurer votre navigateur pour refuser les cookies.", "cookie-choices", "", "settings"},
		{"You can change your cookie preferences at any time in our Cookie Settings.", "cookie-choices", "settings", ""},
		// A promise about a subset (children) is not the service's rule.
		{"We do not sell the personal information of users under 13.", "sells-data", "", "no"},
		{"We do not sell or share the personal information of known minors under 16.", "sells-data", "", "no"},
		{"لا نبيع المعلومات الشخصية للمستخدمين الذين تقل أعمارهم عن 13 عامًا.", "sells-data", "", "no"},
		{"We do not sell your personal information.", "sells-data", "no", ""},
		// The company, by its own name, selling: yes.
		{"The Company may sell, rent or lease your personal information to third parties, including data brokers.", "sells-data", "yes", ""},
		// A negation in another clause does not deny the sale.
		{"The Company may sell aggregated information for any purpose, and such information shall not be considered personal information.", "sells-data", "", "no"},
		// A French commitment not to pass data on is not sharing.
		{"La société s'engage à ne pas transmettre vos données à ses partenaires commerciaux sans votre consentement.", "third-party-access", "", "yes-unspecified"},
		// Arabic: a negation joined to "and" (ولا) still denies; "Do Not
		// Track" (عدم التتبع) is a name, not a negation.
		{"ولا نشارك بياناتك مع المعلنين.", "third-party-access", "", "yes-unspecified"},
		{"نحترم إشارة التحكم العالمي في الخصوصية gpc وعدم التتبع.", "gpc", "yes", ""},
		// ... but only in its own clause: a joined negation after a comma
		// starts a clause of its own.
		{"قد تقوم الشركة ببيع بياناتك الشخصية إلى أطراف ثالثة، ولا تلتزم الشركة بإخطارك بأي عملية بيع.", "sells-data", "yes", ""},
		{"قد تقوم الشركة ببيع بياناتك الشخصية إلى أطراف ثالثة، ولا تلتزم الشركة بإخطارك بأي عملية بيع.", "third-party-access", "", "no"},
		{"We honour Global Privacy Control and Do Not Track signals.", "gpc", "yes", ""},
		// A statutory right to opt out, listed among others, is not an
		// opt-out the service offers: it does not cancel a plain denial.
		{"* The right to opt out of the processing of your personal data for targeted advertising. Note that we do not engage in targeted advertising.", "behavioral-marketing", "no", ""},
		{"We do not do targeted advertising. You can opt out of personalised ads in your ad settings.", "behavioral-marketing", "", "no"},
		// The site itself letting you manage its cookies.
		{"We will allow you to manage our use of non-essential cookies where the law requires it.", "cookie-choices", "settings", ""},
		{"To provide personalised experiences and manage our use of tracking technologies such as cookies.", "cookie-choices", "", "settings"},
		// Deleting your own history in the settings is deleting your data.
		{"You can delete your conversation history at any time in your settings.", "data-deletion", "yes-automated", ""},
		// Security updates are a measure; a feature promised for the future
		// is not.
		{"We provide automatic security updates for our devices for at least five years.", "security", "somewhat", ""},
		{"We may add more security features in the future, like multi-factor authentication.", "security", "", "somewhat"},
		// Deleting what was collected from a child by mistake lists nothing.
		{"If we learn that we collected the name, e-mail address, phone number and age of a child under 13, we will delete them.", "list-collected", "", "generally"},
		// Handing data to the new owner of a business is not a disclosure to
		// the authorities, in French too.
		{"Si nous vendons une partie de notre entreprise, nous pouvons transmettre vos informations au nouveau propriétaire, conformément à la loi applicable.", "law-enforcement", "", "reasonable"},
		{"If we sell our company, we may give your information to the new owner as required by applicable law.", "law-enforcement", "", "reasonable"},
		// Deleting a child's data collected without a parent's consent
		// says how consent is handled, not that children are kept out: a
		// child account a parent creates decides.
		{"Un compte pour enfant peut être créé par un parent. Si nous apprenons que les données d'un enfant ont été collectées sans l'autorisation appropriée, nous les supprimerons.", "children", "parental-consent", ""},
		{"If we learn we collected personal data from a child without verification of parental consent, we will delete it.", "children", "", "not-directed"},
		{"If we learn we collected personal data from a child without verification of parental consent, we will delete it.", "children", "", "parental-consent"},
		{"Our service is not meant for children under 13, and we do not knowingly collect data from children under 16 without parental consent.", "children", "not-directed", ""},
		// Removing a feature (a chatbot, an app) is not deleting your data.
		{"More details, including how to adjust your data settings: You can read more about how to manage or remove AI chatbots in the app.", "data-deletion", "", "yes-automated"},
		{"You can stop all collection of information by the app by uninstalling it; use the settings to do so.", "data-deletion", "", "yes-automated"},
		// Ignoring Do Not Track "or similar mechanisms" ignores GPC too.
		{"Our website does not respond to or honour Do Not Track signals or similar mechanisms sent by browsers.", "gpc", "no", ""},
		// An audit passed "with no exceptions" is no denial.
		{"We have also completed a SOC 2 Type 2 audit with no exceptions.", "security", "yes-independent-audits", ""},
		// Safeguards for international transfers are not security measures.
		{"Whenever we make international transfers of personal information, we take steps to ensure an adequate level of protection, such as contractual clauses.", "security", "", "somewhat"},
		// French: deleted directly by the account holder, on their own.
		{"Chaque donnée déposée dans le service peut être modifiée ou supprimée directement par le propriétaire du compte.", "data-deletion", "yes-automated", ""},
		// Items written as paragraphs ending in semicolons under a lead-in.
		{"Nous pouvons communiquer vos données personnelles aux tiers suivants :\n\nNos sociétés affiliées ;\n\nNos prestataires de services informatiques ;\n\nLes autorités judiciaires lorsque la loi le prévoit.", "law-enforcement", "reasonable", ""},
		// Locally stored data is a cookie too.
		{"You may remove or disable some or all locally stored data through your browser settings.", "cookie-choices", "browser-only", ""},
		// Messages sent for administrative purposes, changes to the site
		// among them, promise no notice of changes to the policy.
		{"We may use your email address for non-marketing or administrative purposes, such as notifying you of major changes to our website.", "revision-notify", "", "yes"},
		// A denial under one state's narrow definition of a sale is no
		// denial of every sale; "including as defined in" one still is.
		{"We do not sell your covered information, as defined under Chapter 603A of the Nevada Revised Statutes.", "sells-data", "", "no"},
		{"Acme does not sell your personal data, including as a sale is defined in Nevada and California.", "sells-data", "no", ""},
		// French written to "tu": your account, your data.
		{"Tu peux supprimer ton compte et toutes tes données dans les paramètres.", "data-deletion", "yes-automated", ""},
		// Ad networks on the site using visits to this and other sites.
		{"Ad networks may use information about your visits to this and other websites in order to provide advertisements about goods and services of interest to you.", "behavioral-marketing", "yes", ""},
		// A negation in an aside negates the aside only.
		{"Ad networks may use information (not including your name or e-mail address) about your visits to this and other websites in order to provide advertisements about goods and services of interest to you.", "behavioral-marketing", "yes", ""},
		{"We share your usage data (but not your messages) with advertising partners.", "third-party-access", "yes-unspecified", ""},
		// A denial of sharing with advertisers, data brokers or partners
		// only says who does not get the data, not that nobody does
		// (English, French, Arabic); a denial for all third parties is "no".
		{"Unlike other services, we do not share your data with advertisers.", "third-party-access", "", "no"},
		{"Nous ne partageons pas vos données avec des annonceurs.", "third-party-access", "", "no"},
		{"لا نشارك بياناتك مع المعلنين.", "third-party-access", "", "no"},
		{"We do not share your personal data with third parties.", "third-party-access", "no", ""},
		{"لا نشارك بياناتك الشخصية مع أطراف ثالثة.", "third-party-access", "no", ""},
		// Providers that process data "for us" receive it: with a denial of
		// sharing with advertisers, the service shares with the providers
		// it needs only (English, French, Arabic).
		{"We do not share your data with advertisers. Our hosting and payment providers process data for us under contract.", "third-party-access", "yes-unspecified-critical", ""},
		{"Nous ne partageons pas vos données avec des annonceurs. Nos prestataires d'hébergement traitent les données pour notre compte.", "third-party-access", "yes-unspecified-critical", ""},
		{"لا نشارك بياناتك مع المعلنين. يعالج مزودو الخدمات البيانات نيابة عنا.", "third-party-access", "yes-unspecified-critical", ""},
		// "Our Recipients List" is the list of its recipients too.
		{"To provide our Services, we may share your data with our partners. For more in-depth information, please see our Recipients List [here](https://acme.example/recipients).", "third-party-access", "yes-specified-noncritical", ""},
		// "Sub-processors" is written with a hyphen as often as without:
		// a full list of them names the recipients.
		{"We share your data only with the service providers that process it on our behalf. A full list of our sub-processors is found in our [DPA](https://acme.example/dpa).", "third-party-access", "yes-specified-critical", ""},
		// Renting its mailing lists (customer files, "fichiers clients",
		// "قوائمنا البريدية") is renting personal data (English, French,
		// Arabic); a denial of it is a denial.
		{"We rent our mailing lists to carefully selected companies.", "sells-data", "yes", ""},
		{"Nous louons nos fichiers clients à des partenaires.", "sells-data", "yes", ""},
		{"نؤجر قوائمنا البريدية لشركات مختارة بعناية.", "sells-data", "yes", ""},
		{"We never sell or rent our mailing lists.", "sells-data", "no", ""},
		// "Except in accordance with this policy" refers to the policy's
		// other sentences: the sentence says neither "no" nor with whom
		// (English, French, Arabic).
		{"We do not share your personal data with third parties except in accordance with this Privacy Policy.", "third-party-access", "", "yes-unspecified"},
		{"Nous ne partageons pas vos données personnelles avec des tiers, sauf conformément à la présente politique de confidentialité.", "third-party-access", "", "yes-unspecified"},
		{"لا نشارك بياناتك الشخصية مع أطراف ثالثة إلا وفقًا لسياسة الخصوصية هذه.", "third-party-access", "", "yes-unspecified"},
		// A denial of sharing for a purpose ("for their own marketing
		// purposes", "for advertising") says nothing of other sharing
		// (English, French).
		{"Your data will never be shared with third parties for their own marketing purposes.", "third-party-access", "", "no"},
		{"Vos données ne sont jamais partagées avec des tiers à des fins publicitaires.", "third-party-access", "", "no"},
		// Consent given to the service ("when you give us consent") is
		// consent, not data given to it: the sharing it allows goes
		// beyond needed providers (English; French and Arabic read it so
		// already). Data "you give us" still comes to the service.
		{"We also may share information with third parties when you give us consent to do so.", "third-party-access", "yes-unspecified", ""},
		{"Nous pouvons partager vos données avec des tiers lorsque vous nous donnez votre consentement.", "third-party-access", "yes-unspecified", ""},
		{"قد نشارك بياناتك الشخصية مع أطراف ثالثة عندما تمنحنا موافقتك.", "third-party-access", "yes-unspecified", ""},
		{"Our partners give us information about the ads you click.", "third-party-access", "", "yes-unspecified"},
		// "We do not sell or share … for targeted advertising" denies
		// targeting; only "Do Not Sell or Share My …" names the opt-out link.
		{"We currently do not sell or share your personal information for targeted or cross-context behavioral advertising purposes.", "behavioral-marketing", "no", ""},
		// Measures designed to protect data are a security description, a
		// better quote than a use of data for two-factor sign-in.
		{"We use administrative and electronic measures designed to protect your personal information against loss and misuse.", "security", "somewhat", ""},
		// A list under a lead-in that forbids names what nobody may do; a
		// rule for the reader ("Don't use …") is no practice either.
		{"* **All other uses of the data are prohibited, including:**\n    * Using the data for serving ads, including personalised or interest-based advertising.\n    * Selling the data to data brokers.", "behavioral-marketing", "", "yes"},
		{"* **All other uses of the data are prohibited, including:**\n    * Using the data for serving ads, including personalised or interest-based advertising.\n    * Selling the data to data brokers.", "sells-data", "", "yes"},
		{"You are strictly prohibited from using this data for the following purposes:\n\n* Advertising or marketing, including the serving of targeted ads", "behavioral-marketing", "", "yes"},
		{"Don't use the advertising identifier for personalised ads.", "behavioral-marketing", "", "no"},
		// Items that deny on their own, under a heading that denies, still
		// deny.
		{"#### We do not collect data from minors:\n\n* We do not knowingly collect personal information from children under 13.", "children", "not-directed", ""},
		// "We do not share the following, except:" lists exceptions: they
		// are read.
		{"We do not share your personal data with anyone, except:\n\n* with advertising partners, who use it for targeted advertising.", "behavioral-marketing", "yes", ""},
		// Deleting a child's data on a parent's word is no deletion right
		// for users; a right listed under a rights heading is.
		{"If you believe we hold personal information about a child, please contact us at privacy@example.com and we will delete it.", "data-deletion", "", "yes-contact"},
		{"### Your rights and how to exercise them\n\n* Access the personal information we hold about you.\n* Delete the personal information we hold about you, unless the law requires us to keep it.", "data-deletion", "yes-contact", ""},
		{"### Your rights\n\n* [Erase information]", "data-deletion", "", "yes-contact"},
		// "The ability to delete … from your account" is self-serve.
		{"Our services provide you with the ability to access, update and delete certain personal information from your account.", "data-deletion", "yes-automated", ""},
		// Sharing data with partners is no collection from them, even under
		// a heading on other sources ("Des partenaires" is also "from
		// partners" in French).
		{"Des Partenaires : si vous utilisez les services de nos partenaires, nous sommes susceptibles de partager certaines données personnelles avec eux.", "third-party-collection", "", "yes"},
		// Not selling a minor's data does not keep children out.
		{"We do not knowingly sell or share the personal information of consumers under 16 years of age.", "children", "", "not-directed"},
		// Auditing named among the purposes of processing is no security
		// audit.
		{"We use this information to operate our business, debug and audit our processes and services, and protect our security.", "security", "", "yes-audits"},
		// Arabic: data received encrypted; technical data is device data.
		{"إذا مكّنت المزامنة، تتلقى الشركة المعلومات التي تزامنها عبر الأجهزة بشكلٍ مشفّر.", "security", "somewhat", ""},
		{"If you share content from other services, we may receive information about you from such third party services.", "third-party-collection", "yes", ""},
		// Deleting a child's data is "not meant for children" only in the
		// clause about data found to come from a child; a parent deleting
		// a child's account, or a child's account held by guardians, is
		// not.
		{"To delete all your child's personal information, request deletion of the child's account using the close your account form.", "children", "", "not-directed"},
		{"Si le patient est un enfant rattaché au compte de deux responsables légaux, la suppression du compte d'un responsable légal supprime uniquement ses données.", "children", "", "not-directed"},
		{"If we determine that we have collected personal information from a child younger than 13, we will take reasonable measures to remove it.", "children", "not-directed", ""},
		{"If you have reason to believe that a child under 13 has provided us with personal information, please contact us and we will delete it.", "children", "not-directed", ""},
		{"Please note that we do not delete any information that children have contributed to the service.", "children", "", "not-directed"},
		// An age bracket among protected classifications is no age floor.
		{"Protected classifications, for example: age (40 years or older), race, ancestry, national origin and marital status.", "children", "", "not-directed"},
		// What happens if you reject cookies is no way to choose them.
		{"If you reject cookies, you may still use our site, but the functionality of some areas may be limited.", "cookie-choices", "", "settings"},
		// Having no obligation to tell you of a sale denies no sale.
		{"The Company may sell your personal information to data brokers, and the Company shall have no obligation to notify you of any such sale.", "sells-data", "yes", ""},
		// Regularly reviewing one's own security measures counts as an
		// audit in the raters' rubric.
		{"We encrypt your data in transit and use access controls. We regularly review our security measures to keep your data safe.", "security", "yes-audits", ""},
		// A link to earlier versions is a history.
		{"You can read the earlier versions of this policy here.", "history", "yes", ""},
		// "Safeguards" for a transfer or for minors is not security; a
		// hashed identifier handed to advertisers is not a security practice.
		{"We make sure that appropriate safeguards are in place whenever we transfer your information abroad.", "security", "", "somewhat"},
		{"We process this data in our legitimate interest, with additional safeguards for users under the age of consent.", "security", "", "somewhat"},
		{"Nous partageons avec nos partenaires publicitaires votre adresse e-mail chiffrée par hachage.", "security", "", "somewhat"},
		{"We share a hashed version of your email address with advertising partners.", "security", "", "somewhat"},
		{"نتخذ ضمانات أمنية لحماية بياناتك الشخصية.", "security", "somewhat", ""},
		{"We maintain administrative, technical and physical safeguards to protect your personal data.", "security", "somewhat", ""},
		{"We encrypt your information when it is in transit over public networks.", "security", "somewhat", ""},
		// Data from others named in a list, with no verb of its own.
		{"Personal data provided by a third party, where that third party has your consent to share it.", "third-party-collection", "yes", ""},
		{"Les données personnelles provenant de tiers, sous réserve de votre accord.", "third-party-collection", "yes", ""},
		{"البيانات الشخصية: معلومات من أطراف ثالثة مثل شركائنا في الدفع.", "third-party-collection", "yes", ""},
		{"Third parties that provide us with information about you.", "third-party-collection", "yes", ""},
		{"Other companies may combine information from other sources to build profiles.", "third-party-collection", "", "yes"},
		{"We do not obtain data from third parties.", "third-party-collection", "", "yes"},
		// "Sale" of goods is not a sale of data: after-sales service, sales
		// contracts, a sales team.
		{"Nous utilisons vos données personnelles pour exécuter des contrats de vente ainsi que pour le service après-vente.", "sells-data", "", "yes"},
		{"Our sales team uses your contact details to answer your questions about our products.", "sells-data", "", "yes"},
		{"We use your personal data to process the sale of the products you order.", "sells-data", "", "yes"},
		{"Wir verwenden Ihre personenbezogenen Daten für den Verkauf unserer Produkte.", "sells-data", "", "yes"},
		{"We may engage in the sale of your personal information to data brokers.", "sells-data", "yes", ""},
		{"Nous ne procédons à aucune vente de vos données personnelles.", "sells-data", "no", ""},
		{"We do not sell, rent or trade your personal information.", "sells-data", "no", ""},
		{"We do not sell your personal information in the traditional sense, but sharing it for advertising may be considered a sale under some state laws.", "sells-data", "", "no"},
		{"Acme ne vend pas vos données personnelles.", "sells-data", "no", ""},
		// A denial for one purpose only is not a denial of every sale.
		{"We do not sell your phone number to third parties for SMS marketing purposes.", "sells-data", "", "no"},
		{"لا نبيع بياناتك الشخصية لأطراف ثالثة لأغراضهم التسويقية.", "sells-data", "", "no"},
		// A date of last change in any wording and in dotted form.
		{"Ces informations ont été actualisées la dernière fois le 22.08.2024.", "history", "last-modified", ""},
		{"Diese Datenschutzhinweise wurden zuletzt aktualisiert am 22.08.2024.", "history", "last-modified", ""},
		{"This notice was last changed on 3 March 2025.", "history", "last-modified", ""},
		// A denial limited to one situation, or a safeguard against wrong
		// disclosure, does not say data goes to no one.
		{"We will not share your personal data with any third party when you directly interact with us, unless we are required to do so by law.", "third-party-access", "", "no"},
		{"We verify your identity to ensure that personal data is not disclosed to any person who has no right to receive it.", "third-party-access", "", "no"},
		{"Dans ce cas, nous ne partageons pas vos données avec des tiers.", "third-party-access", "", "no"},
		{"We do not share your personal data with third parties.", "third-party-access", "no", ""},
		{"We use reasonable measures to safeguard your personal information.", "security", "somewhat", ""},
		{"When we share personal data with third parties abroad, we use legal mechanisms to safeguard the transfer, including standard contractual clauses.", "security", "", "somewhat"},
		// Disclosure when the law compels it, in other words: only then
		// is strict, as "only if legally obligated" is.
		{"We will only disclose the limited user data we hold when compelled by law, for the prosecution of criminal offences.", "law-enforcement", "strict", ""},
		{"We may disclose user data when compelled by law or in response to a government request.", "law-enforcement", "reasonable", ""},
		{"Si cela s'avérait nécessaire d'un point de vue légal, nous serions tenus de transmettre certaines données à des tiers, notamment aux autorités et aux tribunaux.", "law-enforcement", "reasonable", ""},
		{"إذا اقتضى القانون ذلك، نفصح عن بياناتك للسلطات المختصة.", "law-enforcement", "reasonable", ""},
		// A link on the site is a choice of the site's own, even beside the
		// browser; cookies that end with the browser session are no choice.
		{"You can adjust your preferences for the targeted advertising cookies we use by clicking the Privacy Choices link at the bottom of our site, or by adjusting your browser settings.", "cookie-choices", "settings", ""},
		{"Les cookies de session sont supprimés automatiquement lorsque vous fermez le navigateur.", "cookie-choices", "", "browser-only"},
		{"Session cookies are deleted when you close your browser.", "cookie-choices", "", "browser-only"},
		{"Vous pouvez configurer votre navigateur pour bloquer les cookies.", "cookie-choices", "browser-only", ""},
		{"يمكنك ضبط المتصفح لحظر ملفات تعريف الارتباط.", "cookie-choices", "browser-only", ""},
		{"You can change your cookie preferences in your browser settings.", "cookie-choices", "browser-only", ""},
		{"When you visit another website by clicking a link, that site may use cookies to collect data.", "cookie-choices", "", "settings"},
		{"The browser you use may let you control cookies.", "cookie-choices", "browser-only", ""},
		// A heading "Overview" over what the policy covers is no summary; a
		// "Policy overview" is.
		{"## Overview\n\nThis Privacy Statement describes our use of your personal information when you use our services.\n\n## What we collect\n\nWe collect your e-mail address.", "summary", "", "yes"},
		{"## Policy overview\n\nWe want you to remain anonymous: we never store activity logs.\n\n## What we collect\n\nWe collect your e-mail address.", "summary", "yes", ""},
		// A statute letting users ask what is disclosed states a right, not
		// a disclosure.
		{"California Civil Code Section 1798.83 permits users who are California residents to request certain information regarding our disclosure of personal information to third parties for their direct marketing purposes.", "third-party-access", "", "yes-unspecified"},
		// Advertising companies are recipients beyond the providers needed.
		{"This may be shared with advertising companies to enable interest-based advertising.", "third-party-access", "yes-unspecified", ""},
		// Notice of a change of sub-processors is not notice of a change of
		// the policy.
		{"We provide notice of sub-processor changes, allowing customers to object within ten business days.", "revision-notify", "", "yes"},
		// Using data to send news of changes "may" happen: no promise.
		{"We may use your contact information to send you product news and information about changes to our terms and policies.", "revision-notify", "", "yes"},
		// "Tenue de fournir … aux autorités" is disclosure to the authorities.
		{"Nous collectons votre nom.\n\nPar ailleurs, la société peut être tenue de fournir des informations personnelles aux autorités publiques habilitées.", "law-enforcement", "reasonable", ""},
		// Consent given for cookies is a choice beyond the browser.
		{"(5) You have given us your consent, for example before we place certain cookies on your device. You can also set your browser to reject cookies.", "cookie-choices", "", "browser-only"},
		// A heading that says it is the policy in a nutshell is a summary.
		{"We don't track you.\n===================\n\nThat's our Privacy Policy in a nutshell.\n----------------------------------------\n\nWe collect your e-mail address if you write to us.", "summary", "yes", ""},
		// A denial of sharing beside providers who can access data: only the
		// providers it needs, not named.
		{"We never share information that could tie your searches to you with anyone. Your messages may be accessible to the service providers we use for e-mail and customer support.", "third-party-access", "yes-unspecified-critical", ""},
		// An internet service provider is not the service's provider.
		{"A third party could record your IP address, as your internet service provider can. We do not share your personal data with third parties.", "third-party-access", "no", ""},
		// Named providers contradict "no sharing".
		{"We do not share your personal data with advertisers. We rely on third parties such as Zendesk for support tickets.", "third-party-access", "", "no"},
		// Under "Modification de notre politique", "nous vous en informerons"
		// is a notice; "à jour du <date>" dates the policy.
		{"Nous collectons votre nom.\n\n## Modification de notre politique de confidentialité\n\nLa présente politique est susceptible de connaître des modifications occasionnelles. Nous vous en informerons et/ou solliciterons votre accord, lorsque cela est nécessaire.", "revision-notify", "yes", ""},
		{"à jour du 10/12/2021\n\nNous collectons votre nom et votre adresse e-mail.", "history", "last-modified", ""},
		// Cookie lifetimes ("until you delete them") are not a choice.
		{"We may use both session cookies (which expire once you close your web browser) and persistent cookies (which stay on your computer until you delete them) to analyze how users interact with our Service.", "cookie-choices", "", "browser-only"},
		// Safeguards for transfers abroad, and security named as a legal
		// basis, describe no protection of your data.
		{"En cas de transfert de données en dehors de l'Union Européenne, nous prenons les mesures nécessaires pour veiller à la protection des données personnelles (obligations contractuelles, certifications).", "security", "", "somewhat"},
		{"Intérêt légitime : il relève de notre intérêt légitime de tester de nouvelles technologies, de mettre en œuvre des mesures de sécurité et d'améliorer le service.", "security", "", "somewhat"},
		// "If we have to by law" is disclosure the law requires, however
		// long the list of other reasons beside it.
		{"We might also share your information if we have to by law, or when we need to protect you or other people from harm.", "law-enforcement", "reasonable", ""},
		{"We may share your personal data with government authorities or other third parties in compliance with the law (i) if required to do so to comply with a legal obligation, (ii) to protect and defend our rights or property.", "law-enforcement", "reasonable", ""},
		// A list written flat under an item that leads it: the items beside
		// it take its action, not the condition's.
		{"We collect your name.\n\n* We will share user information with companies outside of Example if we believe that access, use, preservation or disclosure of the information is reasonably necessary to:\n* meet any applicable law, regulation, legal process or enforceable governmental request.\n* enforce our terms.", "law-enforcement", "reasonable", ""},
		// "Archived, <date>" stamps a page; it links no earlier version. A
		// link to an archived notice does.
		{"Archived, June 16, 2023\n\nVersion 3.0, effective July 7, 2020\n\nWe collect your e-mail address.", "history", "last-modified", ""},
		{"We collect your e-mail address.\n\nView [archived Privacy Notice](https://example.com/old)", "history", "yes", ""},
		// A partner deleting data "unless necessary for legal obligations"
		// keeps it; it discloses nothing to the authorities.
		{"Our proxy partner does not share this data with others and deletes this after 24 hours unless necessary for its security or legal obligations.", "law-enforcement", "", "reasonable"},
		// A promise in the children's part of a policy is not the service's
		// rule for everyone.
		{"We collect your name and e-mail address.\n\n## Children's Privacy Policy (Under 13 Experience)\n\nWe don't sell your information or share it to target ads.", "sells-data", "", "no"},
		{"We collect your name and e-mail address.\n\n## Selling data\n\nWe don't sell your personal information.", "sells-data", "no", ""},
		// "What's most important?" heads a summary.
		{"## What's most important?\n\nThe registry is public: what you publish, anyone can see.\n\n## What we collect\n\nWe collect your e-mail address.", "summary", "yes", ""},
		{"We may disclose your information when required by law or to protect our company or other persons.", "law-enforcement", "reasonable", ""},
		// Third parties that help provide the service are its providers.
		{"We share data with certain third parties in order to provide the service to you. Here's who we use: a hosting company and a payment processor.", "third-party-access", "", "yes-unspecified"},
		// "Here is the TL;DR:" opens a summary.
		{"We'd love for you to read the whole policy, but if you don't, here is the TL;DR:\n\n* We collect minimal information about you.\n* We don't sell your personal data.", "summary", "yes", ""},
		// "May include, but are not limited to;" leads a list of data, though
		// it ends in a semicolon and says "not".
		{"The personal data we may collect and process may include, but are not limited to;\n\n*   your name,\n*   e-mail address,\n*   phone number,\n*   device identifiers,\n*   your location.", "list-collected", "generally", ""},
		// The purposes we collect data for are not data collected.
		{"We collect and process your personal data for the following purposes:\n\n* Analyzing usage of the Services\n* Reviewing your location history\n* Managing your contacts list", "list-collected", "", "generally"},
		// "The following data:" under a heading that asks what is collected
		// lists what the heading asks; health, administrative and access
		// data are categories of data.
		{"## Quelles sont les données collectées ?\n\nSeules les données strictement nécessaires sont collectées.\n\nIl s'agit des données suivantes :\n\n*   Données administratives ;\n*   Adresse électronique et numéro de téléphone ;\n*   Données de traçabilité des accès à votre profil.", "list-collected", "generally", ""},
		{"## Quelles sont les données collectées ?\n\nNous ne vendons pas les données suivantes :\n\n*   Données administratives ;\n*   Données de santé ;\n*   Données de traçabilité des accès.", "list-collected", "", "generally"},
		// A summary of the reader's rights is no summary of the policy.
		{"## 6.1 Your rights – summary\n\nYou have certain rights in respect of the information that we hold about you.\n\n## Data we collect\n\nWe collect your e-mail address.", "summary", "", "yes"},
		// A link to the prior privacy policy is an earlier version.
		{"We've updated our Privacy Policy, effective 21 September 2026. You can view the prior Privacy Policy, which applies until 21 September 2026, [here](https://example.com/old).\n\nWe collect your e-mail address.", "history", "yes", ""},
		// A list nested under an item that leads it ends at the next outer
		// item, which the outer lead-in leads again.
		{"We collect your e-mail address.\n\nWe share your personal data with:\n\n* our hosting provider;\n* **Analytics**: we measure visits. We use:\n    * Hotjar, to see clicks.\n* advertising partners.", "third-party-access", "yes-unspecified", ""},
		// Leaving a mailing list is not deleting one's data.
		{"We will remove your name from our mailing list after receiving your request.", "data-deletion", "", "yes-contact"},
		{"Nous vous retirerons de notre liste de diffusion sur simple demande.", "data-deletion", "", "yes-contact"},
		{"You can ask us to delete your personal data by writing to privacy@acme.example.", "data-deletion", "yes-contact", ""},
		// "Measures" taken to report to the police, or protections for minors,
		// are not the service's security.
		{"Pour satisfaire aux demandes de la police, nous fournissons des informations, ou prenons des mesures afin de signaler des informations à la police.", "security", "", "somewhat"},
		{"Nous proposons des protections particulières pour les personnes non majeures afin qu'elles connaissent les mesures de protection associées au traitement de leurs informations.", "security", "", "somewhat"},
		{"Nous prenons des mesures techniques pour protéger vos données personnelles.", "security", "somewhat", ""},
		{"Nous conservons la localisation pendant cinq ans afin de soutenir nos efforts en matière de sécurité et de protéger nos données.", "security", "", "somewhat"},
		{"Acme takes all necessary measures to ensure the security of its members' personal data.", "security", "somewhat", ""},
		// Members' safety from bad actors is not the security of their data.
		{"Where legally allowed, we also receive information about suspected bad actors from third parties as part of our efforts to ensure our members' safety and security.", "security", "", "somewhat"},
		// A passive promise of notice is notice.
		{"Wesentliche Änderungen an dieser Datenschutzerklärung werden über die App mitgeteilt.", "revision-notify", "yes", ""},
		{"Les modifications importantes de cette politique vous seront communiquées par e-mail.", "revision-notify", "yes", ""},
		{"Important changes to this policy will be notified to you in the app.", "revision-notify", "yes", ""},
		// Arabic data named without the article.
		{"عند التسجيل، نجمع اسمك ورقم هاتفك وعنوان بريد إلكتروني، ونجمع عناوين IP وسجل التصفح.", "list-collected", "generally", ""},
		// Arabic numbers in their feminine and dual forms.
		{"نحتفظ بسجلات الدفع لمدة أربع سنوات من تاريخ الدفع الأخير.", "retention", "period", ""},
		{"نحذف سجلات الخادم بعد سبعة أيام.", "retention", "period", ""},
		{"نحتفظ بسجلات الدعم لمدة عامين.", "retention", "period", ""},
		// Audit logs are data, not an audit; a MAC address is no access control.
		{"We collect security and audit logs. We protect your data with appropriate measures.", "security", "", "yes-audits"},
		{"We collect device identifiers such as your media access control (MAC) address.", "security", "", "somewhat"},
		// The authorities in a list of recipients, on request.
		{"Avec les autorités, sur demande et dans les limites permises par la loi.", "law-enforcement", "reasonable", ""},
		{"We may disclose information to the authorities and our lawyers to defend our rights in court.", "law-enforcement", "", "reasonable"},
		{"We may disclose your information to comply with legal process, or to establish or defend our rights.", "law-enforcement", "reasonable", ""},
		// What the reader receives is not what the service collects; what the
		// reader gives us is.
		{"If you do not want to receive our newsletters, change your e-mail preferences in your account settings after you have signed in with your password.", "list-collected", "", "generally"},
		{"When you register, you give us your email address, your credit card number and your date of birth.", "list-collected", "generally", ""},
		// Fifth audit.
		{"You can set up your device to accept or refuse cookies.", "cookie-choices", "browser-only", ""},
		{"Nous supprimons les données des enfants de moins de 13 ans dans un délai de 30 jours.", "retention", "", "period"},
		{"2024-02: initial version of this policy. 2026-06: update to add our newsletter provider.", "history", "yes", ""},
		{"Your food preferences stay on your device. They are not communicated or transferred to third parties.", "third-party-access", "", "no"},
		{"لا يتم إبلاغها أو نقلها إلى أطراف ثالثة.", "third-party-access", "", "no"},
		{"It is up to each user to take all appropriate measures to protect his or her own data.", "security", "", "somewhat"},
		{"Si nous apprenons que des informations concernant des personnes de moins de 13 ans ont été recueillies, nous prendrons les mesures appropriées pour les supprimer.", "retention", "", "period"},
		// "Baseless" (لا أساس له) negates nothing.
		{"سنسعى جاهدين لإبلاغك في حالة نقل بياناتك الشخصية، وسنحاول رفض أي طلب مسيء أو لا أساس له.", "third-party-access", "", "no"},
		// A run-in heading names a summary as a heading would.
		{"باختصار: نحتفظ باسم المستخدم وعنوان بريدك الإلكتروني لفترة محدودة، ويمكنك حذف حسابك في أي وقت.", "summary", "yes", ""},
		{"**In short:** we collect your email address to send you the newsletter, and nothing else.", "summary", "yes", ""},
		{"Note: we collect your email address to send you the newsletter.", "summary", "", "yes"},
		// A promise to tell users of a breach, however soft.
		{"We will endeavor to provide notice to you of any security systems breach.", "data-breaches", "eventually", ""},
		// Sixth audit.
		// Auditing as one of the services of providers is not an audit of
		// the service's own security.
		{"We share data with service providers who perform services such as hosting, auditing, security monitoring and payment processing. We use appropriate security measures.", "security", "somewhat", ""},
		{"Nous partageons vos données avec des prestataires chargés de l'audit et de la sécurité informatique.", "security", "", "yes-audits"},
		// Earlier versions named as a link are a history; a clause that only
		// mentions the prior version is not.
		{"Last updated: June 1, 2026.\n\n[View previous policies](https://example.com/privacy/previous)", "history", "yes", ""},
		{"Dernière mise à jour : 1 juin 2026.\n\n[Visualiser les politiques antérieures](https://example.com/privacy/previous)", "history", "yes", ""},
		{"Last updated: June 1, 2026. If a change means processing data in a way the prior version of this policy did not disclose, we will ask for your consent.", "history", "last-modified", ""},
		{"Acme s'engage à conserver l'historique des versions de la politique sur son site web.", "history", "yes", ""},
		{"#### Ongoing updates (Changelog API)\n\nWe use the partner's changelog API to check whether your imported profile has changed.", "history", "", "yes"},
		// A self-service button is deleting by yourself; revoking a social
		// login's permissions deletes nothing; a ban is no deletion right.
		{"You can close your account and erase your personal data in your user account by clicking \u201cDelete my whole account\u201d.", "data-deletion", "yes-automated", ""},
		{"You can later change your Facebook or Google settings to remove permissions for Acme to access this information.", "data-deletion", "", "yes-automated"},
		{"Nous pouvons supprimer du contenu ou suspendre votre compte si nous déterminons que vous enfreignez nos Conditions.", "data-deletion", "", "yes-automated"},
		{"If you wish us to permanently delete your account and personal information, please just let us know.", "data-deletion", "yes-contact", ""},
		// A denial of sharing whose only exception is legal process.
		{"We don't share any personally identifying information publicly or with third-parties, except when required to by a subpoena or valid court order.", "third-party-access", "no", ""},
		// A promise about kids' profiles is not the service's rule.
		{"L'option de désactivation n'est pas proposée pour les profils Jeunesse car nous n'utilisons pas la publicité comportementale avec les profils Jeunesse.", "behavioral-marketing", "", "no"},
		{"We do not show personalised ads on kids profiles.", "behavioral-marketing", "", "no"},
		// A setting in French.
		{"Nous utilisons vos informations afin de fournir nos services publicitaires, sous réserve de vos paramètres, pour vous montrer des publicités pertinentes.", "behavioral-marketing", "yes-opt-out", ""},
		// A list's lead-in lends its action to items that name none.
		{"We share certain data with the following groups of recipients:\n\n* Government authorities;\n* Advertising partners;\n* Data brokers.", "third-party-access", "yes-unspecified", ""},
		{"Who do we share personal information with?\n\n* With law enforcement, government agencies or other third parties in order to comply with any law, court order or legal process.", "law-enforcement", "reasonable", ""},
		{"نشارك بياناتك الشخصية مع الجهات التالية:\n\n* المعلنون وشركاء التسويق.", "third-party-access", "yes-unspecified", ""},
		{"We collect the following data:\n\n* Your IP address and browser user agent\n* Aggregate usage statistics (page views, general geographic breakdowns, device types)", "list-collected", "generally", ""},
		// "The following" announces a list even when a citation parts the
		// sentence from its colon; only the announcing clause lends.
		{"If you wish to view our website, we collect the following data, which are technically necessary to display it (legal basis is Art. 6 para. 1 lit. f GDPR):\n\n* IP address and browser\n* your name and email address\n* the pages visited", "list-collected", "generally", ""},
		// ... but not a lead-in of several actions, nor a negated one, nor the
		// reader's choices.
		{"We collect, use and disclose personal information to:\n\n* operate and improve our website, advertisements and services;\n* business partners.", "third-party-access", "", "yes-unspecified"},
		{"We do not share your personal data with:\n\n* advertisers;\n* data brokers.", "third-party-access", "", "yes-unspecified"},
		{"You can opt out of our sharing of personal data by:\n\n* Implementing the Global Privacy Control, a signal recognised by a government agency.", "law-enforcement", "", "reasonable"},
		// A question heading lends as a lead-in does, though it asks with "you".
		{"Who do you share personal information with?\n\n* With law enforcement or government agencies in order to comply with any law or legal process, as well as to enforce our agreements.", "law-enforcement", "reasonable", ""},
		{"## When Acme may need to share your data\n\n* To meet any applicable law, regulation, legal process or enforceable governmental request.", "law-enforcement", "reasonable", ""},
		{"## طلبات الحذف\n\n* متوسط مدة الإنجاز: 11 يومًا.", "retention", "", "period"},
		{"## Requests to delete\n\n* Average completion time: 11 days.", "retention", "", "period"},
		// An item that is a sentence of its own borrows nothing.
		{"We do not sell your personal information:\n\n* We do not sell (or share) information through our ads program that identifies you personally.", "sells-data", "no", ""},
		// A "shared responsibility" with a government customer is no disclosure
		// to the authorities; keeping data as regulators require is none either.
		{"Shared responsibilities between Acme and a government entity will be described in the applicable contract.", "law-enforcement", "", "reasonable"},
		{"We keep personal information for the time regulators and professional bodies require.", "law-enforcement", "", "reasonable"},
		// Seventh audit.
		// A feature discontinued or service updates are no policy change.
		{"Where a particular AI Feature is discontinued or materially changed, we will notify you before the change takes effect.", "revision-notify", "", "yes"},
		{"We process information about you in accordance with our Terms of Service, for example to send you important service updates.", "revision-notify", "", "yes"},
		// A passive French notice of a new version.
		{"En cas de modification, la nouvelle version de la Politique de confidentialité sera notifiée à l'Utilisateur au moment de sa nouvelle connexion.", "revision-notify", "yes", ""},
		// Disclosure to the authorities in French, German and Spanish.
		{"Nous pouvons partager des informations en réponse à une demande gouvernementale ou à une procédure légale, notamment pour le maintien de l'ordre.", "law-enforcement", "reasonable", ""},
		{"Wir geben Daten an Strafverfolgungsbehörden weiter, wenn wir gesetzlich dazu verpflichtet sind.", "law-enforcement", "reasonable", ""},
		{"Podemos compartir información con las fuerzas del orden para cumplir con la ley.", "law-enforcement", "reasonable", ""},
		// No sharing but by court order or subpoena is the strict answer; an
		// exception for lawful requests or national security is not.
		{"We don't share any personal information with third parties, except when required to by a subpoena or valid court order.", "law-enforcement", "strict", ""},
		{"We will not disclose your personal information to authorities except by lawful request, including national security demands such as a subpoena or court order.", "law-enforcement", "", "strict"},
		// How long a deletion request takes is no retention period.
		{"We will wait a few days to process your deletion request, and your request will be withdrawn if you log in within 7 days of submitting it.", "retention", "", "period"},
		{"Nous conservons vos données de facturation pendant 10 ans.", "retention", "period", ""},
		// Revoking an app's access to a linked account deletes nothing.
		{"You may remove Acme's access to your accounts at any time either in-app or through your account provider settings.", "data-deletion", "", "yes-automated"},
		// The service deleting data on its own after a while is retention,
		// not deletion by the reader; the reader choosing to delete is.
		{"Except for the IP address used to create your account, Acme deletes all IP addresses collected after 100 days.", "data-deletion", "", "yes-automated"},
		{"If you choose to delete your account, we will delete the data within 30 days.", "data-deletion", "yes-automated", ""},
		// "These rights" are those of the sentence before; settings beside an
		// e-mail address are still a way to do it yourself.
		{"You have the right to access, correct and delete your data. To exercise these rights, use your account settings or email privacy@acme.example.", "data-deletion", "yes-automated", ""},
		{"لك حق الوصول إلى بياناتك وحذف بياناتك. لممارسة هذه الحقوق استخدم الإعدادات أو راسلنا على privacy@acme.example.", "data-deletion", "yes-automated", ""},
		{"You have the right to access and delete your personal information. To exercise these rights, please follow the instructions below:\n\n* To request deletion, email us at privacy@acme.example.", "data-deletion", "yes-contact", ""},
		{"You can usually access, correct, or delete your personal data using your account settings, but if you can't, contact us.", "data-deletion", "yes-automated", ""},
		// Testing for vulnerabilities is an audit of security.
		{"We encrypt your data in transit and use access controls. We use firewalls designed to protect against intruders and test for network vulnerabilities.", "security", "yes-audits", ""},
		// Sales named in a list of rights, a CCPA table's headings or a sale of
		// a line of business are no admission; advertising space sold is no data.
		{"## Your California privacy rights\n\nYou may request the following information:\n\n* the categories of personal information that we sold or disclosed for a business purpose.", "sells-data", "", "yes"},
		{"Types of Information we have Sold or Shared in the Previous 12 Months | Purpose | Categories of Third Parties", "sells-data", "", "yes"},
		{"We may also disclose your personal information to a third party if we decide to sell a line of business to that third party.", "sells-data", "", "yes"},
		{"If we decide to sell, buy, merge, or otherwise reorganize businesses, such a transaction may involve disclosing some personal information.", "sells-data", "", "yes"},
		{"Our partner may collect information about the advertising spaces sold through our services, as well as your device data.", "sells-data", "", "yes"},
		{"In particular outside the EEA we may sell or share personal data as allowed under applicable local laws.", "sells-data", "yes", ""},
		// A right to tell the service not to sell, a link's name, a hedged or
		// scoped denial are no denial.
		{"You have a right to tell us not to sell personal information.", "sells-data", "", "no"},
		{"To opt out, click Do Not Sell My Personal Information at the bottom of the page.", "sells-data", "", "no"},
		{"We do not sell personal information as traditionally understood.", "sells-data", "", "no"},
		{"We do not sell or share your personal data in any other way than through the use of cookies.", "sells-data", "", "no"},
		{"We do not sell or share your private chat messages or precise GPS location with advertisers.", "sells-data", "", "no"},
		{"We don't sell copies of our user lists like a data broker would, for example.", "sells-data", "", "no"},
		{"Advertisers may give us their contact details. We will not rent or sell this information to other companies.", "sells-data", "", "no"},
		{"We do not collect, use or sell personal information for the purpose of training large language models.", "sells-data", "", "no"},
		{"We do not \u201csell\u201d or \u201cshare\u201d personal data for cross-contextual behavioral advertising.", "sells-data", "no", ""},
		{"We do not sell your personal data in the conventional sense.", "sells-data", "", "no"},
		{"Although we do not sell your personal information for money, our sharing of it with advertising partners may be considered a sale.", "sells-data", "", "no"},
		{"We do not consider the ways we share your information as a sale for purposes of California law.", "sells-data", "", "no"},
		{"Our partners must not sell or rent student personal data.", "sells-data", "", "no"},
		{"We promise not to change any of the core principles, particularly with regard to sale of information.", "sells-data", "", "no"},
		{"Acme does not sell the personal information of users of its legal services.", "sells-data", "", "no"},
		// A sale in a hypothetical is no sale.
		{"If we exchange personal information with third party partners for valuable consideration in the future, we will let you opt out.", "sells-data", "", "yes"},
		{"We sell and share your personal information to provide cross-context behavioral advertising.", "sells-data", "yes", ""},
		// "No reason to believe" negates no sharing; a denial scoped to "such"
		// recipients is no general denial; an item's own negation does not
		// negate the action its lead-in lends.
		{"Wir geben Ihre Daten nur an Dritte weiter, wenn die Weitergabe zur Verteidigung von Rechtsansprüchen erforderlich ist und kein Grund zur Annahme besteht, dass Sie ein überwiegendes Interesse an der Nichtweitergabe Ihrer Daten haben.", "third-party-access", "", "no"},
		{"As such, we do not share your personal data with such data centers.", "third-party-access", "", "no"},
		{"We share your personal data with:\n\n* payment providers, where no other means is available.", "third-party-access", "", "no"},
		// Audits listed among purposes, a command named "audit", and the
		// certificates of a data center or payment provider are no audit of
		// the service's own security.
		{"We use information for many purposes, such as to: communicate with you; perform auditing; and protect the security of our services.", "security", "", "yes-audits"},
		{"We send you alerts about security vulnerabilities when you run npm audit.", "security", "", "yes-audits"},
		{"Data is hosted in SOC 2- and ISO 27001-certified data centers with 24/7 guards and encryption.", "security", "", "yes-independent-audits"},
		{"Card data is stored with our PCI DSS-certified payment provider, and we encrypt it.", "security", "", "yes-independent-audits"},
		{"Nous sommes certifiés ISO 27001 et HDS (Hébergeur de Données de Santé), et nos données sont chiffrées.", "security", "yes-independent-audits", ""},
		{"We conduct regular security audits of our systems.", "security", "yes-audits", ""},
		{"We encrypt your data and use firewalls. We conduct regular security audits of our systems.", "security", "yes-audits", ""},
		// How long a deletion takes to process is no retention period.
		{"It may take Acme up to 14 days to process your account deletion request.", "retention", "", "period"},
		{"Requests to delete: received 1,175; complied with 1,175; median response time 0.83 days.", "retention", "", "period"},
		{"This process generally takes around 2 months from the time the deletion request was made.", "retention", "", "period"},
		{"Log files are kept for a maximum of 72 hours.", "retention", "period", ""},
		// Removing cookies or add-ons in a browser, a suspension, children's
		// data or a preservation order are no deletion by the reader.
		{"For information on cookies and how to remove these technologies by using browser settings, see our cookie page.", "data-deletion", "", "yes-automated"},
		{"If we become aware of a violation of the Terms of Service, we may suspend or close your account until the material is removed.", "data-deletion", "", "yes-automated"},
		{"Learn how to remove or enable add-ons in your settings.", "data-deletion", "", "yes-automated"},
		{"You can remove locally stored data through your browser settings.", "data-deletion", "", "yes-automated"},
		{"You can delete your account at any time in your account settings.", "data-deletion", "yes-automated", ""},
		{"We show personalised ads based on your profile. One of the ways you can restrict how your data is used is in your Advertising Data settings.", "behavioral-marketing", "yes-opt-out", ""},
		// "Things you should know" heads a policy's body, not a summary.
		{"## Things you should know\n\nJob applicants must give us their name and email address.", "summary", "", "yes"},
		{"## Other things you should know (keep reading!)\n\nWe collect your email address to send you the newsletter.", "summary", "", "yes"},
		// A transfer mechanism approved by authorities is no disclosure to them.
		{"Standard contractual clauses issued by the European Commission or similar contractual data transfer mechanisms approved by other competent authorities under applicable laws.", "law-enforcement", "", "reasonable"},
		{"If you opt out of marketing emails, we will still send you important updates relating to your account.", "revision-notify", "", "yes"},
		// Eighth audit.
		{"We retain personal data only for so long as necessary to fulfill the purposes for which it was collected.", "retention", "as-needed", ""},
		{"Most modern browsers allow you to change your cookie settings in the options menu of your browser.", "cookie-choices", "browser-only", ""},
		{"[Cookie settings in Microsoft Edge]\n\n[Cookie settings in Firefox]", "cookie-choices", "", "settings"},
		{"Mis à jour le 07/05/2021", "history", "last-modified", ""},
		{"If you have provided an e-mail address, we may send you e-mails to inform you of important changes, for example that a new device has been added to your account.", "revision-notify", "", "yes"},
		{"If we materially change our Privacy Policy, we will notify you in advance, for example by emailing you or by posting a notice in your feed.", "revision-notify", "yes", ""},
		// Ninth audit.
		{"We release account and other personal information when we believe release is appropriate to comply with the law.", "law-enforcement", "reasonable", ""},
		{"If you block or otherwise reject our cookies, you will not be able to add items to your watchlist.", "cookie-choices", "", "settings"},
		{"We encrypt your data in transit and use access controls. We maintain a wide variety of compliance programs that validate our security controls.", "security", "yes-audits", ""},
		{"Your data will be used to identify and repair errors; to conduct audits (including bias audits); and for security purposes.", "security", "", "yes-audits"},
		{"We use communication tools to share links with social networks.", "third-party-access", "", "yes-unspecified"},
		{"We may collect information from partners that verify your identity for account log-in purposes.", "third-party-collection", "critical-only", ""},
		{"If you want to add, update, or delete information related to your account, please go to the Management Console.", "data-deletion", "yes-automated", ""},
		// A denial qualified by the law's definition is still a denial; one
		// qualified by what is "generally understood" is not.
		{"We do not \u201csell\u201d your personal data as that term is defined by applicable laws and regulations.", "sells-data", "no", ""},
		{"We do not sell our users' information to third parties as that term is generally understood.", "sells-data", "", "no"},
		// Only what the service needs when every source named is one it needs.
		{"We might receive your name and email address when you sign in using a third-party login service. Examples of information we receive from other sources include:\n\n* biographical information;\n* press interviews and media articles.", "third-party-collection", "yes", ""},
		// Signing in with another company's account is data from others, as
		// the raters read social login.
		{"We might receive your name and email address from other sources when you sign in using a third-party login service.", "third-party-collection", "yes", ""},
		// Data made accessible to marketing sub-processors is shared.
		{"Vos données peuvent également être accessibles à des sous-traitants pour les missions qui leur sont confiées :\n\n• Nos sous-traitants marketing (opérations de prospection, régies publicitaires).", "third-party-access", "yes-unspecified", ""},
		// Tenth audit.
		{"Donation records are retained for 10 years from the date of last payment.", "history", "", "last-modified"},
		{"Date of Last Revision: August 26, 2025", "history", "last-modified", ""},
		{"Technical data: IP address, device ID, app settings and identifiers associated with cookies that can identify a device or browser.", "cookie-choices", "", "browser-only"},
		{"While no online service is 100% secure, we work very hard to protect information about you against unauthorized access, use, alteration, or destruction, and take reasonable measures to do so.", "security", "somewhat", ""},
		{"When providing information about you to entities outside the EEA, we will take appropriate measures to ensure that the recipient protects your personal information.", "security", "", "somewhat"},
		{"If you have any questions about our privacy or security practices, please contact us.", "security", "", "somewhat"},
		{"Nous conservons seulement un identifiant de paiement et les quatre derniers chiffres de votre carte bancaire.", "security", "", "somewhat"},
		{"We take appropriate technical and organizational measures to protect your personal data. Acme is ISO 27001 certified.", "security", "yes-independent-audits", ""},
		{"Le paiement passe par un prestataire de services de paiement certifié PCI-DSS.", "security", "", "yes-independent-audits"},
		// Eleventh audit: disclosure only on a valid judicial order is strict.
		{"If Acme receives a valid order from the relevant judicial authorities that confirms you're a suspect, we may disclose your IP address and phone number to the relevant authorities.", "law-enforcement", "strict", ""},
		{"If there is imminent danger to someone's life, or if we receive a request pursuant to legal proceedings such as a warrant, we may disclose your data.", "law-enforcement", "", "strict"},
		// A denial scoped to "this data", to cookies, or to the contents of
		// chats is no general denial.
		{"This data cannot be disclosed to any third parties, advertisers included.", "third-party-access", "", "no"},
		{"We do not use cookies for profiling or advertising.", "behavioral-marketing", "", "no"},
		{"We don't use the contents of any of your chats or contact lists to show you ads.", "behavioral-marketing", "", "no"},
		{"We do not show you targeted advertising.", "behavioral-marketing", "no", ""},
		// "In the process of" collects nothing.
		{"In the process of delivering our search results, we prevent our providers from creating a history of your searches and browsing.", "list-collected", "", "generally"},
		// Buying or selling things on the service is no sale of data.
		{"We collect information when you use our Products to buy or sell things or make financial transactions. We don't sell your information, and we never will.", "sells-data", "no", ""},
		{"Nous recueillons des informations lorsque vous utilisez nos produits pour acheter ou vendre des objets. Nous ne vendons aucune de vos informations.", "sells-data", "no", ""},
		// Data received and combined with what the service holds, beyond what
		// it needs (demographics), is more than critical data from others.
		{"We may receive additional information about you, such as demographic data or fraud detection information, and combine it with information we have about you.", "third-party-collection", "yes", ""},
		// Twelfth audit: a service open only to adults, or closed to
		// children, is not meant for them; a parent's say is consent.
		{"Our service is restricted to individuals who are 18 years of age or older.", "children", "not-directed", ""},
		{"We do not permit people under the age of 16 to create an account.", "children", "not-directed", ""},
		{"Les enfants de moins de 13 ans ne sont pas autorisés à utiliser nos services.", "children", "not-directed", ""},
		{"لا نسمح للأطفال دون سن 13 عامًا باستخدام خدماتنا.", "children", "not-directed", ""},
		{"Les données des mineurs de moins de 15 ans ne sont traitées qu'avec l'accord des titulaires de l'autorité parentale.", "children", "parental-consent", ""},
		// ... but a limit on what a child may do on a service made for
		// children, or a ban lifted by a parent's consent, is not.
		{"The app does not allow your child to share personal information with other users.", "children", "", "not-directed"},
		{"We do not allow children under 13 to use the app without first obtaining a parent's consent.", "children", "", "not-directed"},
		// A list of the categories of recipients is a list of disclosures,
		// also when its items wrap onto lines of their own (text from PDFs).
		{"Les catégories de destinataires de vos données sont :\n\n∙ Les sites partenaires qui opèrent des services liés au nôtre lorsque vous utilisez ces services\n\n(ex : tirages photo). Les établissements d'assurance, de financement ou de crédit si vous\n\nsouscrivez à ces services\n\n∙ Les autorités de police dans le cadre des réquisitions judiciaires\n", "law-enforcement", "reasonable", ""},
		{"The categories of recipients of your personal data are:\n\n- Our payment processor\n- The police, on a lawful request\n", "law-enforcement", "reasonable", ""},
		// Ads a vendor serves on the site from visits elsewhere are targeted
		// ads the policy allows; ads among what is personalised too.
		{"An ad network also uses cookies to serve ads to our site visitors based upon their visits to other sites on the internet.", "behavioral-marketing", "yes", ""},
		{"We use your information to provide, personalise (including ads if we show you ads), and improve the app.", "behavioral-marketing", "yes", ""},
		// ... but what other companies do elsewhere is not.
		{"Other companies use cookies to serve ads based upon your visits to other sites.", "behavioral-marketing", "", "yes"},
		// "As long as we need it" is keeping data as needed, in any language.
		{"We keep information as long as we need it to provide our services.", "retention", "as-needed", ""},
		{"Nous conservons des informations tant que nous en avons besoin pour fournir nos services.", "retention", "as-needed", ""},
		{"نحتفظ بالمعلومات طالما نحتاج إليها لتقديم خدماتنا.", "retention", "as-needed", ""},
		// Data passed on to the service by partners is collected from others.
		{"D'autres informations peuvent être transmises par des partenaires.", "third-party-collection", "yes", ""},
		{"Some information is shared with us by our advertising partners.", "third-party-collection", "yes", ""},
		// ... but tools "provided by third parties" are no source of data.
		{"This information may be collected through technologies provided by third parties.", "third-party-collection", "", "yes"},
		// "Before you scroll, read this" heads a summary; a résumé (a CV)
		// asked of job applicants does not.
		{"Before you scroll, read this\n---\n\nIf you read nothing else, know that we collect little.", "summary", "yes", ""},
		{"# Applicants\n\nApplicants for a job must give us a name, an email address and a resume.", "summary", "", "yes"},
		// Retention that depends on "your settings" is no delete button.
		{"Retention periods may depend on your settings and preferences and on our obligations to retain or delete your data.", "data-deletion", "", "yes-automated"},
		// A definition ("… mean …", plural) states no practice.
		{"(c) “Applicable Standards” mean government standards, guidance from regulators and court orders applicable to the disclosure of personal information.", "law-enforcement", "", "reasonable"},
		// Fifteenth audit: "we do not do any targeted advertising" is a
		// plain no, unless scoped to one region's residents.
		{"We do not do any targeted advertising or any profiling.", "behavioral-marketing", "no", ""},
		{"Nous ne faisons aucune publicité ciblée.", "behavioral-marketing", "no", ""},
		{"While we do not target EEA residents with targeted advertising, we may do so elsewhere.", "behavioral-marketing", "", "no"},
		// Customising the advertising presented to you is targeting.
		{"We use your information to customize the advertising and content that is presented to you on our website.", "behavioral-marketing", "yes", ""},
		// A completed SOC 2 audit is an independent audit.
		{"Acme has also completed the SOC 2 Type 2 audit.", "security", "yes-independent-audits", ""},
		// ... but a payment provider's certification is not the service's.
		{"Our payment processor is ISO 27001 certified.", "security", "", "yes-independent-audits"},
		// A policy that calls a line its summary has one.
		{"We don't track you. That's our privacy policy in a nutshell.", "summary", "yes", ""},
		// A system message notifying users of changes is a notice.
		{"Substantial changes to this policy take effect after a system message to users notifying them of changes to the privacy policy.", "revision-notify", "yes", ""},
		// Twenty-first audit: not collecting from children under an age is
		// not being meant for them; a limit on what a children's app
		// collects is not.
		{"We do not collect personal information from children under 13.", "children", "not-directed", ""},
		{"Acme shall not collect data from minors.", "children", "not-directed", ""},
		{"The kids app doesn't collect personal information like name or address from your child.", "children", "", "not-directed"},
		// The service denying targeting under its own name is a no, unless
		// the text also offers to opt out of targeted ads, or the denial is
		// a limit.
		{"Acme does not track users across third-party websites to provide targeted advertising.", "behavioral-marketing", "no", ""},
		{"Acme's advertising platform does not track you. If you do not want to receive personalized ads from us, you can opt out of personalized ads in settings.", "behavioral-marketing", "", "no"},
		{"Sharing for cross-context behavioral advertising is limited to data collected from our public websites and does not occur when you are logged in.", "behavioral-marketing", "", "no"},
		// A look-back window of a state law is no retention period.
		{"We have collected and disclosed these categories of personal information within the preceding 12 months.", "retention", "", "period"},
		// The member's own duty to protect data is no security measure.
		{"It is the member's responsibility to take appropriate measures to protect his or her data.", "security", "", "somewhat"},
		// Twenty-sixth audit: a court order for one kind of data does not
		// make disclosure strict where the policy also discloses on lawful
		// requests; consent "unless required by law" is not strict at all.
		{"We only disclose the content of your account in response to a government warrant. We may also disclose personal information in response to lawful requests by public authorities.", "law-enforcement", "reasonable", ""},
		{"We only disclose the content of your account in response to a government warrant.", "law-enforcement", "strict", ""},
		// French future notices and requests.
		{"En cas de modification importante de la présente politique de confidentialité, Acme vous en informera par e-mail.", "revision-notify", "yes", ""},
		{"Vos données seront effacées dès que vous demanderez la suppression de votre compte.", "data-deletion", "yes-contact", ""},
		// A "notice" that is only the updated date tells nobody: you have
		// to check yourself.
		{"Nous vous avertirons lorsque des modifications auront été apportées au présent\n\nAvis, en indiquant la date de la dernière mise à jour.", "revision-notify", "no", ""},
		// A heading that sums up one table of a state-law notice is no
		// summary of the policy.
		{"## Summary of information we collect\n\nWe collect identifiers and internet activity.", "summary", "", "yes"},
		// Controlling personalised ads in an ad network's settings is an
		// opt-out, in Arabic too.
		{"يمكنك التحكم في الإعلانات المخصصة في إعدادات إعلانات جوجل.", "behavioral-marketing", "", "yes"},
		// Ads chosen from your activity elsewhere are targeted ads.
		{"Nous pouvons vous montrer des publicités qui sont pertinentes pour vous en fonction de vos activités sur d'autres plateformes.", "behavioral-marketing", "yes", ""},
		{"We may show you ads for our products based on your activity on other websites.", "behavioral-marketing", "yes", ""},
		// ... but recommendations from your activity are not ads.
		{"We recommend projects based on your activity on the site.", "behavioral-marketing", "", "yes"},
		// "Nous demander d'effacer" is deletion on request.
		{"Vous pouvez nous demander de rectifier ou d'effacer vos données personnelles.", "data-deletion", "yes-contact", ""},
		// Thirty-fourth audit: a hedged promise to notify is not "no"
		// (silence answers only where the subject is not spoken of), and
		// relevant offers are not silence on targeting.
		{"# Privacy policy\n\nWe collect your name and email address to run your account and keep them for 30 days after you leave. If we make changes that materially affect your privacy rights, we will attempt to provide advanced notice via the site.\n\n" + strings.Repeat("We use your email address to send you receipts for your orders and answer your questions. ", 60), "revision-notify", "", "no"},
		{"# Privacy policy\n\nWe use information about your devices to provide relevant offers for you.\n\n" + strings.Repeat("We use your email address to send you receipts for your orders and answer your questions. ", 60), "behavioral-marketing", "", "no"},
		// Under-18s with a guardian's involvement: a parent's say.
		{"Les mineurs de moins de 18 ans ne peuvent utiliser les services qu'avec la participation d'un adulte ou d'un tuteur.", "children", "parental-consent", ""},
		// An external evaluation of security measures is an independent audit.
		{"We obtain external authentication for objectively evaluating our security measures.", "security", "yes-independent-audits", ""},
		// The site's own cookie preferences page, in French.
		{"Vous pouvez modifier vos préférences en matière de cookies sur la page Personnaliser les préférences sur les cookies.", "cookie-choices", "settings", ""},
		// An overview of the reader's rights, or an introduction, is no summary.
		{"## Overview of data subject rights\n\nYou may ask us for a copy of your data.", "summary", "", "yes"},
		// Forty-eighth audit: French infinitive "collecter" from partners.
		{"La société peut également collecter des données auprès de partenaires tiers afin de mettre à jour ses informations.", "third-party-collection", "yes", ""},
		// Asking to delete an account is a request.
		{"If you ask to delete your account, your personal data will be deleted.", "data-deletion", "yes-contact", ""},
		// Deleting data "when it is no longer necessary" keeps it as needed;
		// "no longer" negates nothing there.
		{"We delete personal information when it is no longer necessary.", "retention", "as-needed", ""},
		{"Nous détruisons les données personnelles lorsqu'elles ne sont plus nécessaires.", "retention", "as-needed", ""},
		// ... but a right to erasure of data no longer needed is no retention rule.
		{"Vous pouvez demander l'effacement de vos données dans la mesure où celles-ci ne sont plus nécessaires.", "retention", "", "as-needed"},
		// Fifty-first audit: GPC set "to opt out" of sales is honoured.
		{"California residents may also set the Global Privacy Control (GPC) to opt out of the sale or sharing of personal data.", "gpc", "yes", ""},
		// A denial of sales beside "may be considered selling" under a state
		// law is no plain no.
		{"We do not sell your personal information. Some of these advertising activities may be considered selling under certain state privacy laws.", "sells-data", "", "no"},
		{"We do not sell your personal information.", "sells-data", "no", ""},
		// Arabic cookie preferences and third-party data. Preferences one
		// "can control" say nothing of where (a browser's, as often as the
		// site's); the site's own settings are named as such.
		{"يمكنك التحكم في تفضيلات ملفات تعريف الارتباط الفردية.", "cookie-choices", "", "settings"},
		{"يمكنك التحكم في تفضيلات ملفات تعريف الارتباط من خلال إعدادات ملفات تعريف الارتباط على موقعنا.", "cookie-choices", "settings", ""},
		{"* **بيانات الجهة الخارجية**: نستخدم خدمة خارجية لتحسين جهودنا لجمع التبرعات.", "third-party-collection", "yes", ""},
		// Fifty-fifth audit: "here's a summary" opens one; advertising
		// "targeted to your interests" is targeting; query data "is sent to"
		// the search provider (Arabic passive) is shared.
		{"It's important that you read this entire policy, but here's a summary to get you started:", "summary", "yes", ""},
		{"Others may use this information to deliver advertising and content targeted to your interests on other websites.", "behavioral-marketing", "yes", ""},
		{"We show content tailored to your interests.", "behavioral-marketing", "", "yes"},
		{"وتُرسَل بيانات الاستعلام إلى موفر البحث الافتراضي، الذي لديه سياسة الخصوصية الخاصة به.", "third-party-access", "yes-unspecified", ""},
		// Letting others serve ads across the internet is access beyond
		// the providers the service needs.
		{"We may allow others to serve advertisements on our behalf across the Internet and to provide analytics services.", "third-party-access", "yes-unspecified", ""},
		// Security controls named in general terms are security described.
		{"Acme uses appropriate administrative, technical, and physical security controls to protect your personal data.", "security", "somewhat", ""},
		// A feature "made available" by a third party shares no data; data
		// made available to third parties does.
		{"To the extent such functionality is made available in the Services, it is provided by an unaffiliated third party.", "third-party-access", "", "yes-unspecified"},
		{"We may make your profile information available to advertising partners.", "third-party-access", "yes-unspecified", ""},
		// "Other than as described above, not directed to children": the
		// exception is the point (a school edition for children).
		{"Other than as described above, our services are not directed to children.", "children", "", "not-directed"},
		// Deleting an account named only as the end of a period or of
		// messages ("until / unless you delete your account") offers no
		// way to delete.
		{"We may continue to send you service messages unless you delete your account.", "data-deletion", "", "yes-automated"},
		{"We keep your information until you delete your account.", "data-deletion", "", "yes-automated"},
		{"You can delete your account in your account settings.", "data-deletion", "yes-automated", ""},
		// Audit 160: GPC received and responded to is honoured; no response
		// to DNT "or any other mechanism" is no; data collected "from those
		// platforms" is from others; "changements importants" are material.
		{"Acme receives and responds to the Global Privacy Control (GPC) browser opt-out signal.", "gpc", "yes", ""},
		{"We do not currently respond to DNT browser signals or any other mechanism that automatically communicates your choice not to be tracked online.", "gpc", "no", ""},
		{"If you register through a third-party platform, we will collect certain personal information from those platforms.", "third-party-collection", "yes", ""},
		{"Si nous faisons des changements importants, nous vous en informerons toujours en avance.", "revision-notify", "yes", ""},
		// Audit 166: a passive notice of material changes; the site's own
		// page to opt out of cookies; cookies set "via votre navigateur".
		{"If we make a material change to the Policy, you will be provided with appropriate notice.", "revision-notify", "yes", ""},
		{"You can opt out of the use of cookies and other trackers on our website by visiting our privacy choices page.", "cookie-choices", "settings", ""},
		{"Le paramétrage des cookies se fait directement via votre navigateur Internet.", "cookie-choices", "browser-only", ""},
		// Audit 269: "the right not to be subject to …" negates nothing else
		// in a list of rights; deleting what your profile holds is yours
		// to do; a warning that rejecting cookies may affect the service is
		// no cookie setting of the site.
		{"Users have the right to rectification, the right to erasure under Article 17 GDPR and the right not to be subject to automated decisions.", "data-deletion", "yes-contact", ""},
		{"Vous pouvez supprimer ou corriger les données incluses dans votre profil.", "data-deletion", "yes-automated", ""},
		{"Please note that if you choose to remove or reject cookies, this could affect the availability and functionality of the Services.", "cookie-choices", "", "settings"},
		// Audit 353: a notifiable breach within 72 hours; "targeted or
		// behavioral advertising" denied; data "auprès de tierces parties";
		// measures to protect "your rights and interests" are no security.
		{"We will notify affected customers within 72 hours of confirming any notifiable breach.", "data-breaches", "yes-72", ""},
		{"Acme does not engage in targeted or behavioral advertising.", "behavioral-marketing", "no", ""},
		{"Nous pouvons également recueillir des données auprès de tierces parties (par ex. Facebook, Google ou Apple).", "third-party-collection", "yes", ""},
		{"Where suspension would be difficult, we shall take alternative measures necessary to protect your rights and interests regarding your personal information.", "security", "", "somewhat"},
		// Audit 516: advertising content "qui correspondent à vos centres
		// d'intérêts" and "le ciblage publicitaire" are targeting; an
		// "ongoing legitimate need" keeps data as needed; notice "in our
		// discretion" is no promise, but a discretion over what is material
		// keeps the promise.
		{"Ces profils permettent de vous proposer du contenu publicitaire qui correspondent à vos centres d'intérêts.", "behavioral-marketing", "yes", ""},
		{"Nous utilisons vos informations pour le ciblage publicitaire et la mesure des annonces.", "behavioral-marketing", "yes", ""},
		{"We retain the personal data we collect from you where we have an ongoing legitimate need to do so.", "retention", "as-needed", ""},
		{"We may also in our discretion provide notice to you of changes to the privacy policy by email.", "revision-notify", "", "yes"},
		{"If we make any changes to this policy that, in our sole discretion, are material, we will notify you by email.", "revision-notify", "yes", ""},
		// Audit 660: French security "dispositifs"; "la précédente version,
		// disponible ici"; login data received from a named platform; a
		// notice "in a prominent position".
		{"Nous utilisons des dispositifs de sécurité administratifs, physiques et techniques pour protéger vos données personnelles.", "security", "somewhat", ""},
		{"La présente politique s'applique à partir du 01/02/2026. La précédente version, disponible ici, s'applique jusqu'à cette date.", "history", "yes", ""},
		// Login data received from a named platform is data from others, as
		// the raters read social login.
		{"If you sign in with Facebook, we receive the following authentication data from Facebook: your email address and profile name.", "third-party-collection", "yes", ""},
		{"If any change constitutes a material change to this statement, we will post a notice on our websites in a prominent position.", "revision-notify", "yes", ""},
		// Audit 1201: checking who asks for their data is no security
		// measure; an exception that points to another document names no
		// recipient; a sale "where the company" does it is a condition
		// (a statute restated); reviewing how data is collected, kept and
		// processed, physical security included, is a review (a review of
		// "security measures" to consider new technology is not, as raters
		// read it); what refusing cookies "will not stop" and a browser's
		// own menu ("Pour Safari :") are no cookie setting of the site.
		{"To protect your privacy and maintain security, we take steps to verify your identity before granting you access to your personal information.", "security", "", "somewhat"},
		{"Afin de protéger votre vie privée, nous prenons des mesures afin de vérifier votre identité avant de vous donner accès à vos données.", "security", "", "somewhat"},
		{"للحفاظ على الأمان، نتخذ خطوات للتحقق من هويتك قبل منحك حق الوصول إلى بياناتك الشخصية.", "security", "", "somewhat"},
		{"We encrypt your data in transit and verify your identity before we answer a request.", "security", "", ""},
		{"Acme does not and will not sell or otherwise transfer your data to any third party except as specifically stated in Acme's Terms.", "third-party-access", "", "yes-unspecified"},
		{"Nous ne partageons pas vos données avec des tiers, sauf dans les cas prévus par la présente politique.", "third-party-access", "", "yes-unspecified"},
		{"We do not share your personal information with third parties except with service providers who help us run the service.", "third-party-access", "yes-unspecified-critical", ""},
		{"We do not share your personal information with third parties except with service providers and advertising partners.", "third-party-access", "", "yes-unspecified-critical"},
		{"Where the company collects and sells the personal information of a consumer, it is required to register with the Attorney General.", "sells-data", "", "yes"},
		{"We encrypt your data in transit and use access controls. We review our information collection, storage and processing practices regularly, including physical security measures, to guard against unauthorised access.", "security", "yes-audits", ""},
		{"We encrypt your data in transit and use access controls. We regularly review our security measures to consider new technology and methods.", "security", "yes-audits", ""},
		{"Refusing advertising cookies will not stop advertising on our site or on the Internet.", "cookie-choices", "", "settings"},
		{"Cependant le fait de refuser les cookies publicitaires n'entraînera pas l'arrêt de la publicité sur notre site.", "cookie-choices", "", "settings"},
		{"* Pour Safari : choisissez Safari > Préférences, cliquez sur Afficher les cookies puis choisissez les options souhaitées.", "cookie-choices", "", "settings"},
		{"* For Firefox: open the Tools menu, click on the Privacy tab and choose the settings you want for cookies.", "cookie-choices", "", "settings"},
		// Disclosure "as we, in our sole discretion, believe necessary" to
		// answer legal process is still a reasonable request as raters read
		// it, not "whenever it sees fit".
		{"We will disclose any information about you to law enforcement officials as we, in our sole discretion, believe necessary to respond to legal process.", "law-enforcement", "reasonable", ""},
		// Data kept while the account exists, or deleted with it, is kept
		// for a stated time: the account's; deleting one's account with
		// nothing said of the data states none.
		{"We keep your data as long as your account is active.", "retention", "account", ""},
		{"We'll retain your personal data as long as your account is active and as needed to comply with legal requirements.", "retention", "account", ""},
		{"Personal data will be automatically destroyed when the user deletes their personal account on the website.", "retention", "account", ""},
		{"Nous conservons vos données tant que votre compte est actif.", "retention", "account", ""},
		{"نحتفظ ببياناتك الشخصية طالما أن حسابك نشط.", "retention", "account", ""},
		{"When you delete your account, your public posts may remain visible to others.", "retention", "", "account"},
		{"You can delete your account at any time in your settings.", "retention", "", "account"},
		{"When you delete your account, we delete your personal data within 30 days.", "retention", "period", ""},
		{"وإذا لم تنشئ حسابًا، فسنحذف عنوان بريدك الإلكتروني خلال أسبوعين.", "retention", "period", ""},
		// Refusing cookies, or managing one's preferences, names no tool:
		// the site's own settings need the site's tool (cookie settings, a
		// banner, a cookie manager, the account settings, a page of ours).
		{"You can control individual cookie preferences and opt out of web analytics tools.", "cookie-choices", "", "settings"},
		{"If you disable or refuse cookies, some parts of this website may not work.", "cookie-choices", "", "settings"},
		{"Vous pouvez refuser les cookies à tout moment.", "cookie-choices", "", "settings"},
		{"You can refuse cookies when you sign up, via the cookie management banner.", "cookie-choices", "settings", ""},
		{"If you do not wish to, simply refuse them through our cookie manager.", "cookie-choices", "settings", ""},
		{"You may update your cookie preferences at any time by visiting your Account Settings.", "cookie-choices", "settings", ""},
		{"Acme utilise un outil permettant à l'internaute de paramétrer le dépôt des cookies lors de sa connexion sur le site.", "cookie-choices", "settings", ""},
		// A version's date is the date of the last change; targeting "with
		// your consent" is opt-in; security validated by third parties is
		// independently checked.
		{"Version à la date du : 28.11.2023\n\nNous collectons votre adresse e-mail pour gérer votre compte.", "history", "last-modified", ""},
		{"Version vom 1. März 2024\n\nWir erheben Ihre E-Mail-Adresse, um Ihr Konto zu verwalten.", "history", "last-modified", ""},
		{"With your consent, we use your browsing data for targeted advertising.", "behavioral-marketing", "yes-opt-in", ""},
		{"Avec votre consentement, nous utilisons vos données de navigation pour la publicité ciblée.", "behavioral-marketing", "yes-opt-in", ""},
		{"Our devices are validated using third-party, industry-recognized security standards, and we publish the results.", "security", "yes-independent-audits", ""},
		{"Our partners' servers are independently verified against security standards.", "security", "", "yes-independent-audits"},
		// Devices sold by partners are no data sold to them; data sold to
		// advertisers is.
		{"Les appareils Android incluent des appareils vendus par Google ou l'un de nos partenaires.", "third-party-access", "", "yes-unspecified"},
		{"Our products are sold by our partners and resellers around the world.", "third-party-access", "", "yes-unspecified"},
		{"We sell your personal information to advertisers.", "third-party-access", "yes-unspecified", ""},
		// Kept "as long as your account is active, or as long as necessary"
		// is as long as necessary; "Issued: <date>" dates the policy; a link
		// to "Previous Privacy Notices" is its history; the right to
		// restriction when one "opposes the erasure" is no way to delete;
		// a consent management platform is the site's own tool.
		{"We retain your personal information for as long as your account is active, or for as long as necessary to fulfil the purposes we collected it for.", "retention", "as-needed", ""},
		{"Issued: March 23, 2022.\n\nWe collect your e-mail address to run your account.", "history", "last-modified", ""},
		{"[Previous Privacy Notices](https://example.com/privacy/archive)\n\nWe collect your e-mail address to run your account.", "history", "yes", ""},
		{"You have the right to restriction of processing when the processing is unlawful and you oppose the erasure of the personal data and request the restriction instead.", "data-deletion", "", "yes-contact"},
		{"The data subject has the right to demand the restriction of processing where the processing is unlawful and the data subject opposes the erasure of the personal data.", "data-deletion", "", "yes-contact"},
		{"Vous pouvez refuser les cookies en formulant des choix sur la plateforme de gestion du consentement.", "cookie-choices", "settings", ""},
		// Not honouring DNT "or similar mechanisms" is no answer on GPC when
		// the policy speaks of GPC itself elsewhere.
		{"We do not respond to DNT signals or similar mechanisms transmitted by web browsers.", "gpc", "no", ""},
		{"We do not respond to DNT signals or similar mechanisms transmitted by web browsers. California law may provide for an opt out by broadcasting an opt-out preference signal, such as the Global Privacy Control (GPC).", "gpc", "", "no"},
		{"We do not honour Global Privacy Control signals.", "gpc", "no", ""},
		// A short summary promised at the start of each section is a
		// summary; being told "without undue delay" of anything suspicious
		// is a breach notice.
		{"To help you understand this policy, we've included a short summary at the beginning of each section.", "summary", "yes", ""},
		{"Pour vous aider, nous avons inclus un court résumé au début de chaque section.", "summary", "yes", ""},
		{"If we detect anything suspicious, we will notify you without undue delay and guide you through the steps to stay protected.", "data-breaches", "eventually", ""},
		{"If we detect anything suspicious on our network, we will investigate it.", "data-breaches", "", "eventually"},
		// "Dated: <date>" dates the policy; changes "brought to your
		// attention" are a notice; data deleted once the account is
		// terminated is kept while it exists; stopping targeted ads on a
		// browser signal is a way to opt out, not targeting without one.
		{"Dated: January 22, 2026\n\nWe collect your e-mail address to run your account.", "history", "last-modified", ""},
		{"We may change this policy. In such cases, we will ensure that these changes are brought to your attention before the new policy becomes effective.", "revision-notify", "yes", ""},
		{"Once your account is terminated, all personal data associated with it is deleted from our systems.", "retention", "account", ""},
		{"At this time, we stop running targeted advertising in response to web browser do not track signals.", "behavioral-marketing", "", "yes"},
		// Anyone with access deleting profiles is no way for you to delete
		// your data; a cookie preference menu is the site's own tool;
		// personalised ads "when you have provided your consent" are
		// opt-in.
		{"Anyone with access to your account can use, edit or delete profiles.", "data-deletion", "", "yes-automated"},
		{"Quiconque ayant accès à votre compte peut utiliser, modifier ou supprimer les profils.", "data-deletion", "", "yes-automated"},
		{"You can delete your profiles at any time in your account settings.", "data-deletion", "yes-automated", ""},
		{"You can withdraw your consent or manage your preferences for cookies at any time in the cookie preference menu.", "cookie-choices", "settings", ""},
		{"We will only show you personalised advertising when you have provided your consent.", "behavioral-marketing", "yes-opt-in", ""},
		// A data protection authority is no law enforcement; cookies "used
		// by your browser" describe cookies, not a choice.
		{"We may share your data with regulatory authorities, such as the data protection authority.", "law-enforcement", "", "reasonable"},
		{"We may disclose your personal data to law enforcement authorities when required by law.", "law-enforcement", "reasonable", ""},
		{"Cookies are small text files used by your browser to manage and enrich your experience.", "cookie-choices", "", "browser-only"},
		{"You can set your browser to refuse cookies.", "cookie-choices", "browser-only", ""},
		// Ages are no retention period; hours are a time unit in French and
		// German too.
		{"Nous pouvons limiter la manière dont nous conservons certaines informations des utilisateurs âgés de 13 à 16 ans.", "retention", "", "period"},
		{"We may limit how we keep some information of users aged 13 to 16 years.", "retention", "", "period"},
		{"Les données seront sauvegardées à des fins d'anonymisation pendant vingt-quatre (24) heures maximum.", "retention", "period", ""},
		{"Die Protokolle werden nach 48 Stunden gelöscht.", "retention", "period", ""},
		// A legal basis that covers "notifying you about changes to our
		// terms" describes processing, not a promise to tell you.
		{"We rely on performance of a contract to manage our relationship with you, which includes notifying you about changes to our terms or policies.", "revision-notify", "", "yes"},
		{"Nous nous fondons sur l'exécution du contrat pour vous informer des modifications de nos conditions ou de notre politique.", "revision-notify", "", "yes"},
		{"If we make material changes to this policy, we will notify you by email.", "revision-notify", "yes", ""},
		// Named vendors beside a third-party analytics service are named
		// parties, some of them not needed; a self-hosted analytics tool is
		// no third party.
		{"We share your e-mail address with our e-mail vendors, Mailchimp and SendGrid. We use Google Analytics to obtain metrics on how users engage with our websites.", "third-party-access", "yes-specified-noncritical", ""},
		{"We share your e-mail address with our e-mail vendors, Mailchimp and SendGrid. We may employ a local installation of Matomo, an open source analytics tool.", "third-party-access", "", "yes-specified-noncritical"},
		// Numbers written as words ("vingt ans", "sieben Tagen") are
		// periods; "updated <date>" closing a long title dates the policy;
		// a period counted "à compter du dernier contact" is no date of the
		// policy; managing cookie preferences "here" is the site's own link.
		{"Les données sont conservées au maximum vingt ans à compter de la dernière venue du patient.", "retention", "period", ""},
		{"Die Daten in Logfiles werden nach spätestens sieben Tagen gelöscht.", "retention", "period", ""},
		{"We collect your e-mail address.\n\nAcme Privacy Policy: Europe, Middle East and Africa, updated 11/14/2022", "history", "last-modified", ""},
		{"Pour les prospects, leurs données sont conservées 3 ans à compter du dernier contact avec eux ;", "history", "", "last-modified"},
		{"You can manage your cookie preferences here.", "cookie-choices", "settings", ""},
		{"We have listed them here so that you can choose whether to opt out of cookies.", "cookie-choices", "", "settings"},
		// "We audit our practices" under a security heading is an audit, not
		// "auditing consumer interactions" (counting ad impressions); the
		// service's own "right" to use anonymised data is no right to
		// deletion.
		{"## Security\n\nWe encrypt your data in transit. We use firewalls to protect your data. We follow documented procedures for patch installation and we audit our practices at least once a year.", "security", "yes-audits", ""},
		{"## Security\n\nWe use firewalls to protect your data.\n\n* Auditing consumer interactions on our site (for example, measuring ad impressions)", "security", "", "yes-audits"},
		{"We reserve the right to use and disclose anonymized session information such as average session lengths with third parties.", "data-deletion", "", "yes-contact"},
		{"You have the right to request the deletion of your personal data.", "data-deletion", "yes-contact", ""},
		// ... but a link to change one's choice under a cookies heading is
		// the site's own setting; steps under a browser's heading are not.
		{"## Cookies that need your consent\n\nYou can change your choice at any time by clicking the link at the bottom of every page.", "cookie-choices", "settings", ""},
		{"## Cookies soumis à votre consentement\n\nVous pouvez à tout moment modifier votre choix en cliquant ici.", "cookie-choices", "settings", ""},
		{"## How to block cookies in your browser\n\n* **If you use Firefox:**\n* Choose the options for cookies and tick the box to allow or refuse them.", "cookie-choices", "", "settings"},
		// The policy telling what it covers states no practice; "as this
		// policy states" within a practice still does.
		{"The Privacy Policy states (i) what data we collect; (ii) the use we make of such data; and (iii) the safeguards put in place to protect your data.", "security", "", "somewhat"},
		{"This policy outlines the types of information we may collect and our practices for protecting that information.", "security", "", "somewhat"},
		{"La présente politique de confidentialité explique comment nous protégeons vos données par des mesures de sécurité.", "security", "", "somewhat"},
		{"توضح هذه السياسة كيف نحمي بياناتك بتدابير أمنية.", "security", "", "somewhat"},
		{"We protect your data with encryption and access controls.", "security", "yes", ""},
		{"As this policy states, we do not sell your personal information.", "sells-data", "no", ""},
		// Under a changes heading, notifications of the changes sent by
		// e-mail are a notice, though "you" is "the user", and so are ones
		// the service "may" send (the raters answer "yes" to "we may also
		// notify you … using email"); posted ones are not.
		{"### Changes to this Policy\n\nWe may revise this policy at any time. Notifications of the above-mentioned changes will be sent to the user via email.", "revision-notify", "yes", ""},
		{"### Changes to this Policy\n\nWe may revise this policy at any time. Notifications of changes may be sent by email.", "revision-notify", "yes", ""},
		{"### Changes to this Policy\n\nWe may revise this policy at any time. Notifications of changes will be posted on this page.", "revision-notify", "", "yes"},
		// Two or more dated updates, each with a link to read it, are a
		// list of earlier versions; one dated line with a link is not.
		{"Nous collectons votre adresse e-mail.\n\nmise à jour du 18 juillet 2023 : [consulter](https://example.com/p-2023)\n\nmise à jour du 30 novembre 2020 : [consulter](https://example.com/p-2020)", "history", "yes", ""},
		{"We collect your e-mail address.\n\nLast updated 18 July 2023: [view](https://example.com/p-2023)\n\nLast updated 30 November 2020: [view](https://example.com/p-2020)", "history", "yes", ""},
		{"We collect your e-mail address.\n\nLast updated 18 July 2023: [view as PDF](https://example.com/p.pdf)", "history", "last-modified", ""},
		// "Your distance from other users" is where they are, not a source
		// of data about you.
		{"We collect your location to determine your distance from other users.", "third-party-collection", "", "yes"},
		{"Nous collectons votre position pour calculer votre distance par rapport aux autres utilisateurs.", "third-party-collection", "", "yes"},
		{"We collect information about you from other users, for example when they invite you.", "third-party-collection", "yes", ""},
		// "Published: <date>" dates the policy.
		{"Published: 24 January 2023\n\nWe collect your e-mail address.", "history", "last-modified", ""},
		{"Publiée le 24 janvier 2023\n\nNous collectons votre adresse e-mail.", "history", "last-modified", ""},
		// "Date of publication: <date>" dates the policy, in French too.
		{"Date de la publication de la politique de confidentialité : 21/06/2021\n\nNous collectons votre adresse e-mail.", "history", "last-modified", ""},
		{"Publication date: 21 June 2021\n\nWe collect your e-mail address.", "history", "last-modified", ""},
		// A heading over what the last update changed is no summary of the
		// policy; it is a changelog.
		{"## Summary of changes\n\nWe added more details on how we use your data.\n\nWe collect your e-mail address.", "summary", "", "yes"},
		{"## Résumé des modifications\n\nNous avons précisé nos durées de conservation.", "summary", "", "yes"},
		{"We collect your e-mail address.\n\nPrivacy Statement Update Notes (2 August 2024): updates to describe the processing of audio features.", "history", "yes", ""},
		// Informing "the persons concerned" (data subjects) of changes is a
		// notice, though not written to "you".
		{"En cas d'évolution de la politique de confidentialité, la société s'engage à la modifier et à en informer les personnes concernées, préalablement à la mise en œuvre des modifications.", "revision-notify", "yes", ""},
		{"If we change this privacy policy materially, we will inform the data subjects before the changes take effect.", "revision-notify", "yes", ""},
		// French, German and Spanish affiliates are recipients beyond the
		// providers the service needs, as "affiliates" are in English.
		{"Nous transmettons des informations personnelles à nos sociétés affiliées et à d'autres sociétés de confiance.", "third-party-access", "yes-unspecified", ""},
		{"Wir übermitteln Ihre Daten an verbundene Unternehmen.", "third-party-access", "yes-unspecified", ""},
		// Data "provided to" others is shared.
		{"Your data may be provided to partner social networks to exclude you from our campaigns.", "third-party-access", "yes-unspecified", ""},
		// Consent asked for cookies is a choice beyond the browser: the
		// browser is then not the only one.
		{"Where we use cookies to learn about your interests, we'll get your consent where required. The browser you use may let you control cookies.", "cookie-choices", "", "browser-only"},
		{"The browser you use may let you control cookies.", "cookie-choices", "browser-only", ""},
		// Plain words for a breach notice and a change notice: a breach
		// "puts your data at risk", "we will tell you"; changes e-mailed to
		// "account holders" before they take effect.
		{"If a breach puts your data at risk, we will tell you and the regulator within 72 hours.", "data-breaches", "yes-72", ""},
		{"If a breach puts your data at risk, we will tell you.", "data-breaches", "eventually", ""},
		{"When we change this policy we will email account holders 30 days before the change takes effect.", "revision-notify", "yes", ""},
		// ... and the notice period is no retention period.
		{"When we change this policy we will email account holders 30 days before the change takes effect and keep earlier versions on this page.", "retention", "", "period"},
		{"We keep order records for 6 years.", "retention", "period", ""},
		// Sharing "save and except in order to provide you with the
		// Services" is sharing with the providers needed, no more.
		{"We do not rent, sell or disclose or share any Information that we collect from you, with third parties, save and except in order to provide you with the Services.", "third-party-access", "yes-unspecified-critical", ""},
		// Data "shared with our partner" is presupposed: a sentence on how
		// the partner may use it states no sharing of its own.
		{"Data shared with our search partner is used only for these purposes and cannot be used for anything else.", "third-party-access", "", "yes-unspecified"},
		// A sentence on "these data" (card details) going only to the
		// payment provider does not say who gets the rest.
		{"La société n'a à aucun moment accès à ces données, qui sont uniquement transmises au prestataire de paiement.", "third-party-access", "", "yes-specified-critical"},
		{"These data are only shared with our payment provider.", "third-party-access", "", "yes-unspecified-critical"},
		{"We only share your personal data with our service providers.", "third-party-access", "yes-unspecified-critical", ""},
		// Plain words, each of a kind a short policy uses.
		{"If someone gets unauthorised access to your data, we will tell you as soon as we can.", "data-breaches", "eventually", ""},
		{"Should your data be compromised, we will notify you promptly.", "data-breaches", "eventually", ""},
		{"We hand data to the police only when a court orders us to.", "law-enforcement", "strict", ""},
		{"نقدم بياناتك إلى السلطات فقط بموجب أمر قضائي.", "law-enforcement", "strict", ""},
		{"نحتفظ ببياناتك لمدة 12 شهرًا.", "retention", "period", ""},
		{"We also receive data about you from advertising partners.", "third-party-collection", "yes", ""},
		{"We get information about you from credit agencies.", "third-party-collection", "critical-only", ""},
		// Statistics shared with partners are no personal data; providers
		// that "perform their services" are providers.
		{"We share this type of statistical data so that our partners also understand how often people use their services.", "third-party-access", "", "yes-unspecified"},
		{"We share information from or about you with these third party providers so that they can perform their services or complete your requests.", "third-party-access", "", "yes-unspecified"},
		// Deleting one's own account, or the ability to delete one's data
		// through the service, is deletion without asking.
		{"Personal data will be automatically destroyed when the user deletes their personal account on the Website.", "data-deletion", "yes-automated", ""},
		{"Users of our Services have the ability to review, correct, and delete personal information that they have provided by accessing and updating that information through the Services.", "data-deletion", "yes-automated", ""},
		// Information "provided by third parties" about you is collected
		// from others; cookies "provided by third parties" are not.
		{"In certain circumstances, such information may also be provided by third parties, such as other individuals at your organization.", "third-party-collection", "yes", ""},
		{"In some cases we also may use cookies provided by third parties (service providers).", "third-party-collection", "", "yes"},
		// Not knowingly collecting children's data without a parent's
		// consent is collecting it with that consent.
		{"We do not knowingly collect personal data from children under 13 without parental consent.", "children", "parental-consent", ""},
		{"La société ne recueille et ne traite pas sciemment les données personnelles de mineurs de moins de 16 ans sans l'autorisation des parents.", "children", "parental-consent", ""},
		{"If we learn that we collected personal data from a child under 13 without parental consent, we delete it.", "children", "", "parental-consent"},
		// Safeguards for transfers abroad say nothing of the authorities.
		{"No matter where your personal data is transferred, we comply with applicable laws, utilize standard data protection clauses approved by authorities, and implement safeguards to ensure an adequate level of protection.", "law-enforcement", "", "reasonable"},
		// Flash cookies are managed in the Flash player, not the site.
		{"For flash cookies, you can manage your privacy settings by clicking here.", "cookie-choices", "", "settings"},
		// A delivery or payment partner is a provider the service needs.
		{"We share your details with our delivery partner so that they can deliver your order.", "third-party-access", "", "yes-unspecified"},
		{"We share your details with our advertising partners.", "third-party-access", "yes-unspecified", ""},
		// More plain words: asking by e-mail (Arabic), "any breach", ads
		// "à des fins publicitaires", buying lists from other companies.
		{"يمكنك أن تطلب منا حذف بياناتك عبر البريد الإلكتروني.", "data-deletion", "yes-contact", ""},
		{"We will notify you of any breach within 72 hours of becoming aware of it.", "data-breaches", "yes-72", ""},
		{"Nous ne vendons pas vos données et ne les utilisons pas à des fins publicitaires.", "behavioral-marketing", "no", ""},
		{"We buy lists of email addresses from other companies.", "third-party-collection", "yes", ""},
		// Not passing data to third parties "for commercial purposes" is no
		// sale, and no promise that nobody gets it.
		{"Your personal data is not shared with third parties for commercial purposes.", "sells-data", "no", ""},
		{"Your personal data is not shared with third parties for commercial purposes.", "third-party-access", "", "no"},
		// A practice the service has stopped is denied: "we stopped using
		// targeted advertising", "nous n'utilisons plus" (ne … plus: no
		// longer), "توقفنا عن". "Plus de 30 jours" without "ne" is no
		// negation.
		{"We stopped using targeted advertising in 2021.", "behavioral-marketing", "no", ""},
		{"Nous n'utilisons plus de publicité ciblée.", "behavioral-marketing", "no", ""},
		{"Nous avons cessé d'utiliser la publicité ciblée.", "behavioral-marketing", "no", ""},
		{"توقفنا عن عرض الإعلانات المخصصة.", "behavioral-marketing", "no", ""},
		{"Nous conservons vos données pendant plus de 30 jours.", "retention", "period", ""},
		// Security information and event management (SIEM) is monitoring
		// of the service's security, which counts as an audit.
		{"## Data Security\n\nOur security measures meet the following points:\n\n* Physical protection measures for our data centers\n* Security Information and Event Management (SIEM)\n* Secure data backup\n", "security", "yes-audits", ""},
		// "If you request account deletion, we will delete …" is deletion
		// on request, though the section it points to ("see the 'Deleting
		// Your Account' section below") names the reader's own deletion;
		// "we will be unable to delete your account" deletes nothing.
		{`If you request account deletion, we will delete your information as set forth in the "Deleting Your Account" section below.`, "data-deletion", "", "yes-automated"},
		{"In some cases, we will be unable to delete your account, such as if there is an issue with your account related to fraud.", "data-deletion", "", "yes-automated"},
		// Telling the authorities of a breach is no disclosure of your data
		// to them; disclosing data to prevent "security incidents" is.
		{"We will notify the affected users and the authorities of any breach as required by law.", "law-enforcement", "", "reasonable"},
		{"We may disclose personal data to government authorities if we believe doing so is necessary to comply with applicable laws or to prevent fraud and security incidents.", "law-enforcement", "reasonable", ""},
		// A practice of the past ("we used to", "in the past, we …", "par
		// le passé, …") is none of today's; "in the past 12 months" (the
		// look-back of a disclosure notice) is today's.
		{"We used to show personalized ads, but we no longer do.", "behavioral-marketing", "", "yes"},
		{"In the past, we shared data with advertisers; we do not do so anymore.", "third-party-access", "", "yes-unspecified"},
		{"Par le passé, nous partagions vos données avec des annonceurs.", "third-party-access", "", "yes-unspecified"},
		{"في الماضي، كنا نشارك بياناتك مع المعلنين.", "third-party-access", "", "yes-unspecified"},
		{"In the past 12 months, we have disclosed identifiers to advertising networks.", "third-party-access", "yes-unspecified", ""},
		// A condition on not wanting the practice states none: "if you do
		// not want to delete your account, you can deactivate it" offers
		// no deletion; not wanting something else leaves it alone.
		{"If you do not want to delete your account, you can deactivate it instead.", "data-deletion", "", "yes-automated"},
		{"Si vous ne souhaitez pas supprimer votre compte, vous pouvez le désactiver.", "data-deletion", "", "yes-automated"},
		{"If you don't want us to keep your data, you can delete your account in settings.", "data-deletion", "yes-automated", ""},
		// What the law may count as a sale is no practice of the service:
		// "sharing data for targeted advertising may be considered a
		// 'sale'" states the law. The service's own targeting before such
		// a clause stays its practice.
		{`Under California law, sharing data for targeted advertising may be considered a "sale".`, "behavioral-marketing", "", "yes"},
		{"Sharing personal data for targeted advertising is considered a sale under the CCPA.", "behavioral-marketing", "", "yes"},
		{"We use your data to show you targeted ads, which may be considered a sale under some state laws.", "behavioral-marketing", "yes", ""},
		{"Nous utilisons vos données pour vous proposer des publicités ciblées, ce qui peut être considéré comme une vente.", "behavioral-marketing", "yes", ""},
		// A name the policy gives itself where it defines who "we" are is
		// the service: data shared "with" it comes to the service (without
		// the definition, the name is nobody in particular). Its denial and
		// the opt-out right hold with or without the name read: guards.
		{`Acme Labs Inc. ("Acme", "we", "us") runs this app. Our partners share information about you with Acme.`, "third-party-collection", "yes", ""},
		{`Acme Labs Inc. ("Acme", "we", "us") runs this app. Our partners share information about you with Acme.`, "third-party-access", "", "yes-unspecified"},
		{"Our partners share information about you with Acme.", "third-party-collection", "", "yes"},
		{`Acme Labs Inc. ("Acme", "we", "us") runs this app. Acme does not use your data for targeted advertising.`, "behavioral-marketing", "no", ""},
		{`Acme Labs Inc. ("Acme", "we", "us") runs this app. You may direct Acme, that may sell or share your personal information to third parties, not to sell or share it.`, "sells-data", "", "yes"},
		// A list of the "main providers" names some recipients, not all;
		// a list of the providers names them.
		{"## Sharing\n\nWe share your personal data only with the service providers that host our service. Our main providers are listed on our [Trust Center](https://trust.example.com/subprocessors).", "third-party-access", "yes-unspecified-critical", ""},
		{"## Partage\n\nNous partageons vos données uniquement avec les prestataires qui hébergent notre service. Nos principaux prestataires sont listés dans notre [Trust Center](https://trust.example.com/subprocessors).", "third-party-access", "yes-unspecified-critical", ""},
		{"## Sharing\n\nWe share your personal data only with the service providers that host our service. Our providers are listed on our [Trust Center](https://trust.example.com/subprocessors).", "third-party-access", "yes-specified-critical", ""},
		// Disclosure to the judicial authorities "sur réquisition" (on
		// their formal demand) is disclosure on a legal request.
		{"Nous pouvons être amenés à communiquer vos données aux autorités judiciaires sur réquisition.", "law-enforcement", "reasonable", ""},
		// The same in French: "à des fins commerciales" (for commercial
		// purposes) scopes no sale, any sale being commercial.
		{"Vos données ne sont jamais vendues, louées ou cédées à des tiers à des fins commerciales.", "sells-data", "no", ""},
		{"Vos données personnelles ne sont pas partagées avec des tiers à des fins commerciales.", "sells-data", "no", ""},
		{"Vos données personnelles ne sont pas partagées avec des tiers à des fins commerciales.", "third-party-access", "", "no"},
		{"وبالمثل، لا يتم إرسال بياناتك الشخصية إلى أطراف ثالثة لأغراض تجارية.", "sells-data", "no", ""},
		{"وبالمثل، لا يتم إرسال بياناتك الشخصية إلى أطراف ثالثة لأغراض تجارية.", "third-party-access", "", "no"},
		// Data made anonymous by others before it reaches the service is no
		// data about you; legal requests "from third parties" bring none.
		{"In some cases information is de-identified, aggregated, or anonymized by third parties so that it no longer identifies individuals before it's made available to us.", "third-party-collection", "", "yes"},
		{"## Information from third parties\n\nIn response to legal requests from third parties such as civil litigants, law enforcement and other government authorities.", "third-party-collection", "", "yes"},
		// Regulators asking for a detailed policy get no data.
		{"Alors que nous voudrions tout dire en un seul message, nos autorités de régulation nous demandent de respecter nos obligations légales en décrivant celles-ci de manière très détaillée.", "law-enforcement", "", "reasonable"},
		// Telling those who got the data of a correction shares nothing new.
		{"Where we agree to correct your Personal Information, we will use reasonable steps to inform any third party to whom we have disclosed the relevant Personal Information so that they can rectify it too.", "third-party-access", "", "yes-unspecified"},
		// French "moyens" (means) of security are measures.
		{"Les HCL mettent en place tous moyens aptes à assurer la confidentialité et la sécurité des données personnelles, de manière à empêcher leur accès par des tiers non autorisés.", "security", "somewhat", ""},
		// "Not in the business of selling" personal information denies a sale;
		// "part of our business" is no merger.
		{"Information about our customers is an important part of our business, and we are not in the business of selling our customers' personal information to others.", "sells-data", "no", ""},
		// French "vous" before a verb is its object: advertising companies
		// showing "vous" ads are the actors, not the reader, and not the
		// service; "nous vous présentons" is the service.
		{"Certaines sociétés de publicité utilisent également ces informations pour vous proposer des publicités pertinentes provenant d'autres annonceurs.", "behavioral-marketing", "", "yes"},
		{"Nous utilisons vos informations personnelles afin de vous présenter des publicités basées sur vos centres d'intérêts.", "behavioral-marketing", "yes", ""},
		// A notice of changes "as appropriate" or "le cas échéant" is a
		// notice, in either language.
		{"We will provide you notice of amendments to this Privacy Policy, as appropriate, and update the Effective date.", "revision-notify", "yes", ""},
		{"Nous vous enverrons un avis des modifications apportées à la présente Politique de confidentialité, le cas échéant, et mettrons à jour la date de dernière modification.", "revision-notify", "yes", ""},
		// Data gathered from social networks is collected from others.
		{"We sometimes gather publicly available information, including information from social networks you use, and combine it with other information about you.", "third-party-collection", "yes", ""},
		// A cookie banner is a choice beyond the browser.
		{"You may refuse to accept browser cookies by activating settings on your browser, or, in some cases, by interacting with pop-up cookie banners.", "cookie-choices", "", "browser-only"},
		{"You may refuse to accept browser cookies by activating settings on your browser.", "cookie-choices", "browser-only", ""},
		// A text that "supersedes all previous versions" offers none of them.
		{"We collect your e-mail address.\n\nThis Privacy statement supersedes all previous versions.", "history", "", "yes"},
		// "Legally obliged" is a legal duty; opt-out preference signals
		// "will be processed" are honoured.
		{"The company is legally obliged to do so (e.g. if the police demand this in case of a suspicion of a crime).", "law-enforcement", "reasonable", ""},
		{"Opt-out preference signals will be processed in accordance with applicable laws.", "gpc", "yes", ""},
		// A "categories of personal data" heading is a heading of what is
		// collected: the data named under it is listed.
		{"## Catégories de données\n\nLes données relatives à votre identité (nom, prénom, date de naissance).\n\nLes données de connexion (adresse IP, type de navigateur, système d'exploitation).\n\nLes données de paiement (numéro de carte bancaire).", "list-collected", "generally", ""},
		// Asking for the reader's consent to tailor ads is opt-in targeting.
		{"When you open the app for the first time, the app will ask for your explicit consent to tailor ads for you.", "behavioral-marketing", "yes-opt-in", ""},
		{"When you turn on Do Not Track in your browser, we stop collecting the information that allows us to tailor advertisements to you.", "behavioral-marketing", "", "yes"},
		// What is kept "after you delete your account" is a retention
		// period, not a way to delete.
		{"Account Data (such as the phone number or email address you provided to verify your account): for 1 year after you delete your account.", "data-deletion", "", "yes-automated"},
		{"Nous conserverons un historique de nos échanges avec vous pendant les 6 années suivant la suppression de votre compte.", "data-deletion", "", "yes-automated"},
		{"If you delete your account, we will delete the data within 30 days.", "data-deletion", "yes-automated", ""},
		// Services "made available to you" by third parties share nothing.
		{"Transactions involving Third Parties: We make available to you services provided by third parties.", "third-party-access", "", "yes-unspecified"},
		// Measures "for these transfers" abroad, and a data protection
		// officer to contact, describe no protection of the data.
		{"Plus précisément, nous utilisons une variété de mesures contractuelles, techniques et organisationnelles selon les besoins pour ces transferts, notamment des accords de protection des données.", "security", "", "somewhat"},
		{"Whenever we transfer personal information from the EEA, we use appropriate contractual, technical, and organizational measures to protect the personal information transferred.", "security", "", "somewhat"},
		{"If you have a question regarding our privacy practices, please contact our Data Protection Officer at privacy@example.com.", "security", "", "somewhat"},
		{"We use reasonable administrative, physical and technical measures to safeguard your personal information against loss, theft, and unauthorized access.", "security", "somewhat", ""},
		// Targeted ads the service shows, with an opt-out in another clause
		// of the same sentence, are targeting with an opt-out.
		{"We use your data to show you targeted ads; you can turn this off in your settings.", "behavioral-marketing", "yes-opt-out", ""},
		{"Nous utilisons vos données pour vous montrer des publicités ciblées ; vous pouvez vous y opposer dans vos paramètres.", "behavioral-marketing", "yes-opt-out", ""},
		{"نستخدم بياناتك لعرض إعلانات مخصصة لك، ويمكنك إيقاف ذلك من الإعدادات.", "behavioral-marketing", "yes-opt-out", ""},
		// ... but a provider's membership of an industry programme is no
		// statement that the service targets ads.
		{"We may use service providers to perform advertising and analytics services; some of these companies may be members of the Network Advertising Initiative or the Digital Advertising Alliance Self-Regulatory Program for Online Behavioral Advertising.", "behavioral-marketing", "", "yes-opt-out"},
		// Arabic breach and Global Privacy Control, French cookie banner.
		{"سنخطرك في حال حدوث أي خرق لبياناتك.", "data-breaches", "eventually", ""},
		{"نحترم إشارة التحكم العالمي في الخصوصية.", "gpc", "yes", ""},
		{"Vous pouvez paramétrer vos cookies à tout moment via notre bandeau cookies.", "cookie-choices", "settings", ""},
		// A breach notice within 24 or 48 hours is within 72; "you must be at
		// least 18" keeps children out; the company you work for is a source.
		{"We notify users of any data breach within 24 hours.", "data-breaches", "yes-72", ""},
		{"You must be at least 18 to use this service.", "children", "not-directed", ""},
		{"We receive your name from the company you work for when it sets up your account.", "third-party-collection", "yes", ""},
		// "No cookie banner" offers no choice; targeting "you with ads" is
		// targeting; access limited to staff who need it is a measure.
		{"We only use strictly necessary cookies, so there is no cookie banner.", "cookie-choices", "", "settings"},
		{"We do not profile you or target you with ads.", "behavioral-marketing", "no", ""},
		{"Our staff are trained in data protection and access is limited to those who need it.", "security", "somewhat", ""},
		// Arabic plural "المستخدمين" is never the subject: "Mozilla does not
		// track users … for targeted ads" denies targeting by the service.
		{"لا تتتبع Acme المستخدمين عبر مواقع ويب الجهات الخارجية لتوفير إعلانات مستهدفة.", "behavioral-marketing", "no", ""},
		// An e-mail address hashed with SHA-256 to match ads is no security.
		{"L'identifiant unique créé est le résultat d'un processus de pseudonymisation utilisant l'algorithme de chiffrement SHA-256 appliqué sur vos adresses électroniques.", "security", "", "somewhat"},
		// "Administrative information, such as changes to our policies" is a
		// purpose of using contact data, not a promise to tell of changes.
		{"We use your information to send you important information regarding the Platform, changes in terms and conditions, user agreements, and policies and/or other administrative information.", "revision-notify", "", "yes"},
		{"Nous utilisons vos données pour vous envoyer des informations administratives, comme les modifications de nos conditions et politiques.", "revision-notify", "", "yes"},
		// A site that "does not detect" Global Privacy Control ignores it.
		{"This site does not detect opt out preferences like the Global Privacy Control.", "gpc", "no", ""},
		{"If we detect the GPC signal from your device, we will not share your data.", "gpc", "yes", ""},
		// "Non-personalised" advertising is not targeted advertising.
		{"This processing is based on our legitimate interest in displaying non-personalized advertising to members without a subscription.", "behavioral-marketing", "", "yes"},
		{"Nous affichons des publicités non personnalisées, fondées uniquement sur votre pays.", "behavioral-marketing", "", "yes"},
		{"الإعلانات غير المخصصة تعتمد على بلدك فقط.", "behavioral-marketing", "", "yes"},
		// Ads "personalized if you have given your consent" are opt-in.
		{"The advertisements displayed in the application are personalized if you have given your consent.", "behavioral-marketing", "yes-opt-in", ""},
		// A list of the legal bases of processing ("processing is necessary
		// for compliance with a legal obligation") says nothing of handing
		// data to the authorities.
		{"(2) processing is necessary for compliance with a legal obligation to which we are subject, for example a disclosure order from a government agency;", "law-enforcement", "", "reasonable"},
		{"We may disclose your data to law enforcement when the law requires it.", "law-enforcement", "reasonable", ""},
		// Kept "as long as you are a customer" is kept while the account
		// lives; "… or as necessary" afterwards is as long as needed.
		{"We keep your billing records for as long as you are a customer and as the law requires.", "retention", "account", ""},
		{"We keep your data for as long as you use our services, or as necessary to settle disputes.", "retention", "as-needed", ""},
		// Using the services is not having an account: information kept "as
		// long as you use the services" is kept at least that long.
		{"We retain personal data for different periods depending on the purposes; as long as you use the services, we keep information about you.", "retention", "", "account"},
		// A notice left to circumstances, or a notice of changes to one
		// practice (how long data is kept), is no promise to tell of changes
		// to the policy.
		{"Depending on the circumstances, we may also tell you of changes to this policy by email.", "revision-notify", "", "yes"},
		{"Any material change to how long we keep your data will be notified to you under the change provisions of this policy.", "revision-notify", "", "yes"},
		{"We will notify you by email of any material change to this policy.", "revision-notify", "yes", ""},
		{"When we change this policy we will email account holders 30 days before the change takes effect and keep earlier versions on this page.", "revision-notify", "yes", ""},
		// A notice of a change of ownership, or messages about changes to
		// the services, tell nothing of changes to the policy.
		{"You will be notified by email of any change of ownership of our company.", "revision-notify", "", "yes"},
		{"We use your email address to send you important information, such as notices about changes to the services.", "revision-notify", "", "yes"},
		// Showing "relevant content" is no advertising.
		{"We read your calendar to show you relevant content and reminders.", "behavioral-marketing", "", "yes"},
		{"We use your browsing history to show you relevant ads.", "behavioral-marketing", "yes", ""},
		// A partner needed to perform the service is no recipient beyond need.
		{"We transfer data to a sub-processor or partner for the performance of the service.", "third-party-access", "", "yes-unspecified"},
		// An inactivity threshold is no retention period when the data is
		// then kept "for a reasonable period".
		{"If your account is inactive for two years, we keep your playlists for a reasonable period of time in case you come back.", "retention", "", "period"},
		{"If your account is inactive for two years, we delete it.", "retention", "period", ""},
		// Regular reviews of the service's practices and procedures, listed
		// among its security measures, count as audits.
		{"Nous chiffrons vos données et utilisons des pare-feu. Ces mesures comprennent des examens réguliers de nos pratiques et procédures de sécurité.", "security", "yes-audits", ""},
		// Consent asked before material changes to the policy is more than a
		// notice; consent asked only where the law requires it is not.
		{"We will ask for your consent before we make material changes to this privacy policy.", "revision-notify", "yes", ""},
		{"If we are required by law to obtain your consent to material changes to this policy, we will do so.", "revision-notify", "", "yes"},
		// A denial about the authorities alone is no denial of sharing.
		{"We will not disclose your data to public authorities unless we are obliged to do so by law.", "third-party-access", "", "no"},
		{"We do not share your personal data with third parties, except when required by law.", "third-party-access", "no", ""},
		// A procedure to test and evaluate security measures regularly is an
		// audit (the words of Article 32 GDPR, in English and French).
		{"We encrypt your data in transit and use access controls. We have a procedure to regularly test, assess and evaluate the effectiveness of our technical and organisational security measures.", "security", "yes-audits", ""},
		{"Nous chiffrons vos données et utilisons des contrôles d'accès. Nous avons mis en place une procédure visant à tester, à analyser et à évaluer régulièrement l'efficacité des mesures de sécurité.", "security", "yes-audits", ""},
		// What providers must promise is not how the service protects data.
		{"We require that these parties protect your data with appropriate security measures.", "security", "", "somewhat"},
		// An opt-out from handing one's name to ad networks "without your
		// consent" is no opt-out from targeted ads.
		{"Ad networks use cookies on our site to show you ads based on your browsing. We do not give your name to these ad networks without your consent, except in programs you can opt in to or opt out of.", "behavioral-marketing", "", "yes-opt-out"},
		// Cookie identifiers and settings collected as data are no cookie
		// choice; a disclaimer that "this summary" is not the policy shows
		// a summary; researchers sharing their findings give no data about
		// you.
		{"Cookie data: data from cookies stored on your device, including cookie identifiers and settings.", "cookie-choices", "", "settings"},
		{"Données issues des cookies : données provenant des cookies enregistrés sur votre appareil, notamment les identifiants et paramètres des cookies.", "cookie-choices", "", "settings"},
		{"Disclaimer: This summary is not a part of the Privacy Policy and is not a legal document.", "summary", "yes", ""},
		{"Researchers can share their findings with us so that we can all improve the site.", "third-party-collection", "", "yes"},
		// Removing the app from one's Facebook settings deletes nothing the
		// service holds; checking that providers protect data is not how
		// the service protects it.
		{"If you remove our app from your Facebook settings, we will no longer have access to that data.", "data-deletion", "", "yes-automated"},
		{"Si vous supprimez l'application de vos paramètres Facebook, nous n'aurons plus accès à ces données.", "data-deletion", "", "yes-automated"},
		{"We exercise reasonable diligence on all the service providers we engage to make sure they have put in place adequate measures for data protection and information security.", "security", "", "somewhat"},
		{"Nous vérifions tous les fournisseurs de services que nous engageons pour nous assurer qu'ils ont mis en place des mesures adéquates de protection des données.", "security", "", "somewhat"},
		// Customs authorities that deliver an order are no law enforcement;
		// auditing a provider before hiring it is no audit of the service's
		// security, while monitoring its own systems is (PrivacySpy counts
		// monitoring as an audit).
		{"We share order details with shipping companies and government authorities, such as the customs authorities involved in delivering your order.", "law-enforcement", "", "reasonable"},
		{"Before engaging any provider which handles customer data, our security team conducts audits to ensure they meet our security standards.", "security", "", "yes-audits"},
		{"We encrypt your data in transit and use access controls. We regularly monitor our systems for security vulnerabilities and attacks.", "security", "yes-audits", ""},
		// The site's own privacy settings, in French, are a cookie choice.
		{"Vous pouvez refuser les cookies publicitaires à tout moment dans nos paramètres de confidentialité.", "cookie-choices", "settings", ""},
		// The time it takes to delete data is no retention "as long as
		// necessary"; keeping data until the reader deletes it is, in
		// French as in English.
		{"## Conservation\n\nPour en savoir plus sur le temps nécessaire à la suppression de vos informations, consultez notre centre d'aide.", "retention", "", "as-needed"},
		{"## Retention\n\nTo learn about the time it takes to delete your information, visit our help centre.", "retention", "", "as-needed"},
		{"Nous conservons vos notes jusqu'à ce que vous les supprimiez.", "retention", "as-needed", ""},
		{"We keep your notes until you delete them.", "retention", "as-needed", ""},
		// Others sending the service information about the reader is
		// collection from third parties; French "nous" after "peuvent" is
		// the object, not the actor, and "until you ask us to delete" is a
		// request, not a deletion the reader makes.
		{"Advertisers and app developers can send us information about your activity on their sites.", "third-party-collection", "yes", ""},
		{"Les annonceurs et les développeurs d'applications peuvent nous envoyer des informations sur vos activités sur leurs sites.", "third-party-collection", "yes", ""},
		{"المعلنون يرسلون إلينا معلومات عن نشاطك على مواقعهم.", "third-party-collection", "yes", ""},
		{"Nous conservons les informations de votre compte jusqu'à ce que vous nous demandiez de les supprimer.", "data-deletion", "", "yes-automated"},
		// Data obtained indirectly, from "that provider" a reader signs in
		// with, or from the service's own advertising partners comes from
		// others; payment receipts from the app store are data it needs;
		// what it learns of job applicants is not about its users.
		{"We mostly collect this data directly, but we can also obtain it indirectly through specialised data processors.", "third-party-collection", "yes", ""},
		{"Vos données personnelles peuvent provenir de tiers auxquels vous avez permis de nous les communiquer.", "third-party-collection", "yes", ""},
		{"If you sign up using an identity provider such as Apple, we receive your name and email address from that provider.", "third-party-collection", "yes", ""},
		{"We collect your device identifiers from our advertising partners when you click on our ads.", "third-party-collection", "yes", ""},
		{"We collect payment confirmations, including from app stores or other companies processing your payment.", "third-party-collection", "critical-only", ""},
		{"## Job applicants\n\nIf you apply for a job with us, we collect information about you from third parties, such as your former employers.", "third-party-collection", "", "yes"},
		// French: data received from the service's clients, and public
		// information it collects about the reader.
		{"Nous pouvons recevoir des données vous concernant de la part de clients et de partenaires.", "third-party-collection", "yes", ""},
		{"Nous pouvons également collecter des informations d'ordre public à votre sujet, comme vos réalisations professionnelles.", "third-party-collection", "yes", ""},
		// A service that shares with no commercial party, only with
		// providers, and lists them names every party.
		{"We do not share your personal data with advertisers or other commercial partners. Our service providers process your data on our behalf, under contract. You will find the list of our subprocessors below.", "third-party-access", "yes-specified-critical", ""},
		{"Nous ne transmettons pas vos données personnelles à des acteurs commerciaux ou publicitaires. Nos sous-traitants traitent vos données pour notre compte. Vous trouverez ci-dessous la liste de nos sous-traitants.", "third-party-access", "yes-specified-critical", ""},
		// Letting partners collect data with their own cookies is access
		// beyond needed providers, though the partners are the subject of
		// "collect" (English and French).
		{"We also allow specific partners to collect information from your browser for advertising using their own cookies.", "third-party-access", "yes-unspecified", ""},
		{"Nous autorisons également des partenaires spécifiques à utiliser leurs propres cookies pour collecter des informations à des fins publicitaires.", "third-party-access", "yes-unspecified", ""},
		// Global Privacy Control in the plural is still honoured.
		{"You can opt out of targeted advertising, and we will honor global privacy controls.", "gpc", "yes", ""},
		// "The data subject" is the reader; a controller that "does not have
		// the right to object to erasure" does not negate the right to it;
		// feedback used "pseudonymized or anonymized" is no deletion.
		{"The data subject has the right to demand from the controller the erasure of personal data, provided the controller does not have the right to object to erasure.", "data-deletion", "yes-contact", ""},
		{"La personne concernée a le droit d'obtenir du responsable du traitement l'effacement de ses données personnelles.", "data-deletion", "yes-contact", ""},
		{"Such customer feedback is also used to process your request and, pseudonymized or anonymized where possible, to improve our services.", "data-deletion", "", "yes-contact"},
		// Data deleted once its purpose is fulfilled is kept as long as
		// needed (English, French, Arabic).
		{"Information that we collected for a specific purpose will be deleted after a reasonable period once the purpose of such information is fulfilled.", "retention", "as-needed", ""},
		{"Vos données sont supprimées une fois la finalité du traitement atteinte.", "retention", "as-needed", ""},
		{"نحذف بياناتك بعد تحقيق الغرض الذي جُمعت من أجله.", "retention", "as-needed", ""},
		// Disclaiming liability for a disclosure by others is no promise
		// not to share: sharing with providers stays unqualified.
		{"We share your personal data with service providers who host our website. We shall not be liable for any disclosure of personal data resulting from unauthorised access by hackers.", "third-party-access", "", "yes-unspecified-critical"},
		// A consent management tool of the service's own is a choice of
		// trackers beyond the browser; a newsletter's preference center is
		// not. Physical security of offices outlines no protection of data.
		{"## Managing cookies\n\nDepending on where you live, you can manage your preferences via our consent management solution. Most browsers also let you decline cookies.", "cookie-choices", "settings", ""},
		{"Selon votre pays, vous pouvez gérer vos préférences via notre outil de gestion du consentement.", "cookie-choices", "settings", ""},
		{"يمكنك إدارة تفضيلاتك عبر أداة إدارة الموافقة الخاصة بنا.", "cookie-choices", "settings", ""},
		{"## Cookies\n\nYour browser settings let you decline cookies. You can also unsubscribe via the preference center of our newsletters.", "cookie-choices", "browser-only", ""},
		{"We use personal information to manage safety: conducting security monitoring and access controls to our premises, including CCTV cameras.", "security", "", "somewhat"},
		// A title that lost its markup states no practice; partners that
		// fulfil the reader's order are needed; a chat shared once scrubbed
		// of personal identifiers is no personal data shared.
		{"Sharing with Third Parties\n\nWe may share your information with partners for purposes of fulfilling your request, such as processing your purchase or product delivery.", "third-party-access", "", "yes-unspecified"},
		{"Before sharing the chat with our partners, we scrub personal identifiers from it.", "third-party-access", "", "yes-unspecified"},
		// A table of contents' link states no practice, however the
		// sentence splitter cut it from its target.
		{"## Contents\n\n* [1.Archived versions of Privacy Policy](#archive)\n* [2.Targeted Advertising and Analytics](#ads)\n\n## Introduction\n\nThis policy explains what we do.", "history", "", "yes"},
		{"## Contents\n\n* [1.Archived versions of Privacy Policy](#archive)\n* [2.Targeted Advertising and Analytics](#ads)\n\n## Introduction\n\nThis policy explains what we do.", "behavioral-marketing", "", "yes-opt-out"},
		// Deleting one's account in the settings by selecting a button is
		// self-service, though an e-mail address is offered too.
		{"Users may request deletion of their account at any time through the account settings by selecting \"delete account\" or by writing to support@acme.example.", "data-deletion", "yes-automated", ""},
		// "PII" is personal data; data "shared via" the apps, which the
		// service says it does not collect, is no promise not to share.
		{"Acme does not sell PII of its customers. In limited circumstances, Acme may provide PII to third parties:\n\n* to assist us in joint marketing efforts or promotions.\n", "sells-data", "no", ""},
		{"Acme does not collect personal information (such as user photos and contact lists) shared via or connected with Acme mobile apps.", "third-party-access", "", "no"},
		// A breach notice sent by push notification is a breach notice;
		// a feature that sends push notifications is not.
		{"In the event of a security incident such as a personal data breach, we will notify you via push notifications, announcements, etc.", "data-breaches", "eventually", ""},
		// "You can control this in your settings" after a sentence about
		// targeted ads is an opt-out of them (French, English).
		{"Et nous traitons vos données afin de vous présenter des publicités pertinentes. Vous pouvez contrôler cela dans vos paramètres.", "behavioral-marketing", "yes-opt-out", ""},
		{"We also use your data to show you relevant targeted ads. You can control this in your settings.", "behavioral-marketing", "yes-opt-out", ""},
		// Deleting data that is inaccurate is a correction, no right to
		// delete one's data.
		{"Upon request, Acme will provide users with the personal information it holds about them and a means to correct, amend or delete information that is inaccurate or incomplete.", "data-deletion", "", "yes-contact"},
		{"Vous pouvez demander la suppression de vos données inexactes ou incomplètes.", "data-deletion", "", "yes-contact"},
		// Measures that make a transfer to another country lawful outline
		// no security of the service (English, French).
		{"We assess the level of protection in the recipient country and, where necessary, take additional technical, organisational or contractual measures to ensure a comparable level of protection.", "security", "", "somewhat"},
		{"Nous évaluons le niveau de protection dans le pays destinataire et, si nécessaire, nous prenons des mesures techniques, organisationnelles ou contractuelles supplémentaires pour garantir un niveau de protection comparable.", "security", "", "somewhat"},
		// Payment details passed only to payment providers say nothing of
		// who else gets the rest of the data (English, French).
		{"If you make a purchase, your payment details are collected only to be shared with our payment service providers.", "third-party-access", "", "yes-unspecified-critical"},
		{"En cas d'achat, vos coordonnées de paiement seront collectées uniquement pour être communiquées à nos fournisseurs de services de paiement.", "third-party-access", "", "yes-unspecified-critical"},
		{"We only share your personal data with service providers that host our website.", "third-party-access", "yes-unspecified-critical", ""},
		// Data kept until the reader asks for its deletion is kept while
		// the account is, not for a stated period nor as the service sees fit.
		{"Nous conservons les informations de votre compte et la liste de vos amis jusqu'à ce que vous nous demandiez de les supprimer.", "retention", "account", ""},
		{"We keep your account information until you ask us to delete it.", "retention", "account", ""},
		{"نحتفظ بمعلومات حسابك حتى تطلب منا حذفها.", "retention", "account", ""},
		// "This sharing" refers to the sentence before, and borrows what
		// the sharing is for: opting out of it is opting out of targeted ads.
		{"We may share personal information we collect through cookies with third parties for behavioral advertising purposes. You can opt out of this sharing by adjusting your cookie settings.", "behavioral-marketing", "yes-opt-out", ""},
		{"Nous pouvons partager vos données avec des tiers à des fins de publicité ciblée. Vous pouvez vous opposer à ce partage dans vos paramètres.", "behavioral-marketing", "yes-opt-out", ""},
		{"قد نشارك بياناتك مع أطراف ثالثة لأغراض الإعلانات الموجهة. يمكنك إلغاء الاشتراك في هذه المشاركة من الإعدادات.", "behavioral-marketing", "yes-opt-out", ""},
		// Sharing offers or news with the reader is no sharing of data.
		{"To grow our platform and to share partner opportunities that are relevant to you, we use your personal information.", "third-party-access", "", "yes-unspecified"},
		// A "demande légale" (French), "solicitud legal" (Spanish) is a
		// legal request from the authorities.
		{"Nous pouvons partager vos données personnelles pour répondre à une demande légale.", "law-enforcement", "reasonable", ""},
		{"Podemos compartir sus datos personales para responder a solicitudes legales.", "law-enforcement", "reasonable", ""},
		{"Nous partageons vos données personnelles avec des prestataires qui hébergent notre site. Nous ne pouvons être tenus responsables de la divulgation de données personnelles par des pirates.", "third-party-access", "", "yes-unspecified-critical"},
		// Not sharing "except as specified below" (or "in the following
		// cases") names no recipient: the cases below say who gets data,
		// not the sentence pointing to them (English, French, Arabic).
		{"We will not transfer your personal information to third parties except as specified below, or where you consent to such transfer.", "third-party-access", "", "yes-unspecified"},
		{"We will not provide your personal information to third parties without your consent, except in the following cases.", "third-party-access", "", "yes-unspecified"},
		{"Nous ne communiquons pas vos données personnelles à des tiers, sauf dans les cas suivants.", "third-party-access", "", "yes-unspecified"},
		{"لا ننقل بياناتك الشخصية إلى أطراف ثالثة إلا في الحالات التالية.", "third-party-access", "", "yes-unspecified"},
		// A refusal hedged "in principle" (or "generally") promises no
		// refusal to share (English, French, Arabic).
		{"We will not disclose your personal information, in principle.", "third-party-access", "", "no"},
		{"En principe, nous ne communiquons pas vos données personnelles.", "third-party-access", "", "no"},
		{"من حيث المبدأ، لا نشارك بياناتك الشخصية.", "third-party-access", "", "no"},
		{"We do not share your personal information.", "third-party-access", "no", ""},
		// Authorities that receive data under a court order, named in a
		// list of recipients, get it only under legal process (French,
		// English, Arabic).
		{"## Destinataires des données\n\nVos données sont susceptibles d'être traitées par :\n\n* nos équipes habilitées ;\n* le personnel habilité des autorités judiciaires dans le cadre de réquisitions judiciaires ;\n", "law-enforcement", "strict", ""},
		{"## Recipients of your data\n\nYour data may be processed by:\n\n* our authorised staff;\n* the competent authorities, under a court order;\n", "law-enforcement", "strict", ""},
		{"## المستلمين\n\nقد تتم معالجة بياناتك من قبل:\n\n* موظفينا المخولين؛\n* السلطات المختصة بموجب أمر قضائي؛\n", "law-enforcement", "strict", ""},
		{"## Recipients of your data\n\nYour data may be processed by:\n\n* our authorised staff;\n* our hosting provider;\n", "law-enforcement", "", "reasonable"},
		// Data kept "for at least" a time is kept for a minimum, with no
		// end: no period is stated (English, French, Arabic).
		{"We keep transaction records for at least seven years after the decision.", "retention", "", "period"},
		{"Nous conservons vos factures pendant au moins dix ans.", "retention", "", "period"},
		{"نحتفظ بسجلات المعاملات لمدة سبع سنوات على الأقل.", "retention", "", "period"},
		{"We keep transaction records for seven years.", "retention", "period", ""},
		// Data erased a time after an enquiry is resolved, under a heading
		// on retention, is a retention rule, not deletion on request; a
		// deletion on request done within a time still is one.
		{"## How long we keep your data\n\nInformation you provide when you contact us: until your enquiry is resolved, and then erased within 180 days of such resolution.", "data-deletion", "", "yes-contact"},
		{"## Combien de temps conservons-nous vos données ?\n\nLes informations fournies lors d'une demande de contact : jusqu'à la résolution de votre demande, puis effacées dans un délai de 180 jours.", "data-deletion", "", "yes-contact"},
		{"## Your rights\n\nYou can ask us to delete your personal data, and we will do so within 30 days.", "data-deletion", "yes-contact", ""},
		// Sharing "only where necessary", with nothing shared for
		// advertising or marketing, is sharing with the parties it needs
		// (English, French, Arabic); a list that names advertisers is not,
		// nor one that names the companies of its group, which the raters
		// count beyond the providers a service needs.
		{"## Sharing\n\nOnly where reasonably necessary will we share your personal information. This happens with:\n\n* companies within our corporate group;\n* regulators and courts, when the law requires it.\n", "third-party-access", "yes-unspecified", ""},
		{"## Sharing\n\nOnly where reasonably necessary will we share your personal information. This happens with:\n\n* our payment processor;\n* regulators and courts, when the law requires it.\n", "third-party-access", "yes-unspecified-critical", ""},
		{"Nous ne partageons vos données personnelles qu'uniquement lorsque cela est nécessaire à la fourniture du service.", "third-party-access", "yes-unspecified-critical", ""},
		{"نشارك بياناتك الشخصية فقط عند الضرورة لتقديم الخدمة.", "third-party-access", "yes-unspecified-critical", ""},
		{"## Sharing\n\nOnly where necessary will we share your personal information. This happens with:\n\n* our advertising partners, to show you relevant ads.\n", "third-party-access", "", "yes-unspecified-critical"},
		// A short lead-in that names no action ("This happens with:")
		// leads its list with the action of the sentence before it
		// (English, French, Arabic).
		{"## Sharing\n\nWe share your personal information in a few cases. This happens with:\n\n* advertising partners, to measure our ads.\n", "third-party-access", "yes-unspecified", ""},
		{"## Partage\n\nNous partageons vos données dans peu de cas. Cela concerne :\n\n* les annonceurs.\n", "third-party-access", "yes-unspecified", ""},
		{"## المشاركة\n\nنشارك بياناتك الشخصية في حالات قليلة. يحدث ذلك مع:\n\n* المعلنين.\n", "third-party-access", "yes-unspecified", ""},
		// A list item that opens with the service's possessive ("our
		// advertising partners", "with our resellers") names a party, not
		// the service acting: it is read with its lead-in (English,
		// French); a purpose that names the service's affiliates names no
		// recipient.
		{"We share your personal data with:\n\n* our hosting provider;\n* our advertising partners.\n", "third-party-access", "yes-unspecified", ""},
		{"Nous partageons vos données personnelles avec :\n\n* notre hébergeur ;\n* nos partenaires publicitaires.\n", "third-party-access", "yes-unspecified", ""},
		{"## Sources\n\nWe collect your personal data from the following sources:\n\n* directly from you;\n* from our advertising partners when you interact with our ads.\n", "third-party-collection", "yes", ""},
		{"We may disclose your information as necessary:\n\n* to comply with legal process;\n* to protect our operations or those of our affiliates.\n", "third-party-access", "", "yes-unspecified"},
		// A party that acquires the business is a merger, not a recipient
		// of everyday sharing.
		{"We share your personal data with:\n\n* our hosting provider;\n* a third party that acquires all or substantially all of our business.\n", "third-party-access", "", "yes-unspecified"},
		// Providers "of other services" are providers, not other companies.
		{"We may share your personal information with our trusted providers of other services, including research or fraud prevention services.", "third-party-access", "", "yes-unspecified"},
		// Malware protection and access management are concrete measures
		// beside encryption (English, French, Arabic).
		{"Specific measures we use include encrypting your personal data in transit and at rest and employing advanced malware protections.", "security", "yes", ""},
		{"Nos mesures comprennent le chiffrement de vos données et une protection contre les logiciels malveillants.", "security", "yes", ""},
		{"تشمل تدابيرنا تشفير بياناتك والحماية من البرمجيات الخبيثة.", "security", "yes", ""},
		// "Should this happen" after a merger speaks of the merger: notice
		// of changes then is no promise to announce changes to the policy
		// (English, French, Arabic).
		{"If we are acquired by or merged with another company, we will transfer your information. Should this happen, we will provide advance notice of the transfer and of resulting changes to this policy by email.", "revision-notify", "", "yes"},
		{"Si nous faisons l'objet d'une fusion avec une autre société, nous transférerons vos informations. Dans une telle hypothèse, nous vous informerons à l'avance par e-mail des modifications de cette politique.", "revision-notify", "", "yes"},
		{"في حالة الاندماج مع شركة أخرى، سننقل معلوماتك. إذا حدث ذلك، سنخطرك مسبقًا بالتغييرات على هذه السياسة عبر البريد الإلكتروني.", "revision-notify", "", "yes"},
		{"We will provide advance notice of changes to this policy by email.", "revision-notify", "yes", ""},
		// Opting out of cookies right after a sentence on their use for
		// targeted advertising opts out of that advertising (English,
		// French, Arabic); after a sentence on another use, it does not.
		{"## Your choices\n\nWe use cookies and other trackers to show you targeted advertising based on your browsing. You can opt out of the use of cookies and other trackers by visiting our privacy choices page.", "behavioral-marketing", "yes-opt-out", ""},
		{"## Vos choix\n\nNous utilisons des cookies pour vous montrer des publicités ciblées. Vous pouvez vous opposer à l'utilisation des cookies sur notre page de préférences.", "behavioral-marketing", "yes-opt-out", ""},
		{"## خياراتك\n\nنستخدم ملفات تعريف الارتباط لعرض إعلانات موجهة لك. يمكنك إلغاء الاشتراك في استخدام ملفات تعريف الارتباط من صفحة الخيارات.", "behavioral-marketing", "yes-opt-out", ""},
		{"## Your choices\n\nWe use cookies to keep you signed in. We show you targeted advertising based on your browsing.\n\nYou can opt out of the use of cookies in your browser.", "behavioral-marketing", "", "yes-opt-out"},
		// Recordings a contributor gives to a public dataset (under CC0)
		// are published as the contributor chose, not private data a third
		// party is let in to (English, French, Arabic).
		{"Voice recordings, along with any demographic data you provide, may be made available in our public datasets under a CC0 licence.", "third-party-access", "", "yes-unspecified"},
		{"Vos enregistrements vocaux et vos données démographiques peuvent être publiés dans nos jeux de données publics sous licence CC0.", "third-party-access", "", "yes-unspecified"},
		{"التسجيلات الصوتية بالإضافة إلى أي بيانات ديموغرافية يمكن إتاحتها في قواعد بياناتنا لاستهلاك الجمهور بموجب ترخيص CC0.", "third-party-access", "", "yes-unspecified"},
		{"We publish aggregated statistics about recordings in public datasets.", "third-party-access", "", "yes-unspecified"},
		// Not to "give" personal information to any third party is not to
		// share it; giving the reader a choice is no sharing (English,
		// French).
		{"Acme will not sell or give personally-identifiable information to any third party.", "third-party-access", "no", ""},
		{"Nous ne donnons vos données à aucun tiers.", "third-party-access", "no", ""},
		{"Be careful not to give out personal information in the chat, and never give your password to third parties.", "third-party-access", "", "no"},
		// Sharing with courts "when appropriate", at the service's own
		// judgement, is no disclosure only under legal process (English,
		// French); sharing with them when the law requires it is.
		{"When appropriate, we may share data with competent courts, lawyers, auditors and debt collection agencies.", "law-enforcement", "", "reasonable"},
		{"Lorsque cela est approprié, nous pouvons partager vos données avec les tribunaux compétents et nos avocats.", "law-enforcement", "", "reasonable"},
		{"We may share data with competent courts when the law requires it.", "law-enforcement", "reasonable", ""},
		// A country is location data, if coarse (English, French, Arabic).
		{"## What we collect\n\nWe collect your email address, your device model and your country.", "list-collected", "generally", ""},
		{"## Données collectées\n\nNous collectons votre adresse e-mail, le modèle de votre appareil et votre pays.", "list-collected", "generally", ""},
		{"## البيانات التي نجمعها\n\nنجمع عنوان بريدك الإلكتروني ونظام التشغيل وبلدك.", "list-collected", "generally", ""},
		// Sharing on a need-to-know basis, with nothing for advertising or
		// marketing, is sharing with the parties it needs (English,
		// French, Arabic).
		{"## Sharing\n\nWe may share your personal data on a need-to-know basis with the following parties:\n\n* our team members;\n* regulatory authorities.\n", "third-party-access", "yes-unspecified-critical", ""},
		{"Nous pouvons partager vos données personnelles avec les personnes qui ont besoin d'en connaître.", "third-party-access", "yes-unspecified-critical", ""},
		{"نشارك بياناتك الشخصية على أساس الحاجة إلى المعرفة فقط.", "third-party-access", "yes-unspecified-critical", ""},
		{"We share your personal data on a need-to-know basis with our advertising partners.", "third-party-access", "", "yes-unspecified-critical"},
		// Targeted ads shown "only" with the reader's consent are opt-in,
		// though another sentence speaks of the ads without the consent
		// (English, French, Arabic).
		{"## Advertising\n\nWe use your browsing history to show you personalised ads. We will only show you personalised ads when you have provided your consent.", "behavioral-marketing", "yes-opt-in", ""},
		{"## Publicité\n\nNous utilisons votre historique de navigation pour vous montrer des publicités personnalisées. Nous vous montrons des publicités personnalisées uniquement avec votre consentement.", "behavioral-marketing", "yes-opt-in", ""},
		{"## الإعلانات\n\nنستخدم سجل التصفح لعرض إعلانات مخصصة لك. نعرض الإعلانات المخصصة فقط بموافقتك.", "behavioral-marketing", "yes-opt-in", ""},
		// Advice to the reader ("Never share your personal information …")
		// is no promise of the service (English, French).
		{"Never share your personal information with other players when you are playing our games.", "third-party-access", "", "no"},
		{"Ne partagez jamais vos informations personnelles avec d'autres joueurs.", "third-party-access", "", "no"},
		{"We never share your personal information with other companies.", "third-party-access", "no", ""},
		// Partners that need the data to provide the service the reader
		// asks for are needed partners (English, French, Arabic).
		{"We share your personal information with our partners if they need it to provide the service you ask for.", "third-party-access", "", "yes-unspecified"},
		{"Nous partageons vos informations personnelles avec nos partenaires pour fournir le service que vous demandez.", "third-party-access", "", "yes-unspecified"},
		{"نشارك معلوماتك الشخصية مع شركائنا لتقديم الخدمة التي تطلبها.", "third-party-access", "", "yes-unspecified"},
		// HTTPS is encryption in transit: with access controls, concrete
		// measures (English, French).
		{"We use HTTPS and strict access controls to protect your data.", "security", "yes", ""},
		{"Nous utilisons HTTPS et des contrôles d'accès stricts pour protéger vos données.", "security", "yes", ""},
		// Permanent monitoring of access to its systems, among its security
		// measures, is a check of its security (English, French, Arabic).
		{"## How we protect your data\n\nWe encrypt your data in transit and use access controls. We take these measures:\n\n* Encryption of data in transit\n* Permanent monitoring of access to IT systems to detect misuse of personal data\n", "security", "yes-audits", ""},
		{"## Sécurité de vos données\n\nNous chiffrons vos données et utilisons des contrôles d'accès. Nous prenons ces mesures :\n\n* Chiffrement des données en transit\n* Surveillance des accès aux systèmes informatiques pour détecter les abus\n", "security", "yes-audits", ""},
		{"## أمن بياناتك\n\nنستخدم التشفير وجدار الحماية لحماية بياناتك. نتخذ هذه الإجراءات:\n\n* تشفير البيانات أثناء النقل\n* مراقبة الوصول إلى الأنظمة لكشف إساءة استخدام البيانات\n", "security", "yes-audits", ""},
		// Analytics by a named third party, with named providers, is access
		// by a named party that is not needed, whatever the words for
		// sharing (English, Arabic); where the text also speaks of third
		// parties it does not name, not every recipient is named.
		{"## Metrics\n\nWe use Google Analytics, which places a cookie on your device, to measure how visitors use our website. Our email vendors are Mailchimp and Braze.\n", "third-party-access", "yes-specified-noncritical", ""},
		{"## Metrics\n\nWe use Google Analytics, which places a cookie on your device, to measure how visitors use our website. Our email vendors are Mailchimp and Braze. We may use third parties to manage our campaigns and handle any data that you choose to submit.\n", "third-party-access", "yes-unspecified", ""},
		{"## المقاييس\n\nنستخدم Google Analytics، الذي يضع ملف تعريف ارتباط على جهازك، لقياس كيفية استخدام موقعنا. مورّدو البريد الإلكتروني لدينا هم Mailchimp وBraze.\n", "third-party-access", "yes-specified-noncritical", ""},
		{"## المقاييس\n\nنستخدم Google Analytics، الذي يضع ملف تعريف ارتباط على جهازك، لقياس كيفية استخدام موقعنا. مورّدو البريد الإلكتروني لدينا هم Mailchimp وBraze. قد تعالج جهات خارجية بياناتك لإدارة حملاتنا.\n", "third-party-access", "yes-unspecified", ""},
		// Targeted ads the service will ask consent for before showing them
		// are opt-in, even where another sentence says the ads are shown
		// (English, French, Arabic).
		{"To show personalised ads in the app. When you open the app for the first time, Acme will ask for your explicit consent to tailor ads for you.", "behavioral-marketing", "yes-opt-in", ""},
		{"Pour afficher des publicités personnalisées dans l'application. Lors de votre première visite, nous vous demanderons votre consentement avant de vous montrer des publicités personnalisées.", "behavioral-marketing", "yes-opt-in", ""},
		{"لعرض إعلانات مخصصة في التطبيق. عند فتح التطبيق لأول مرة، سنطلب موافقتك قبل عرض إعلانات مخصصة لك.", "behavioral-marketing", "yes-opt-in", ""},
		// Disclosing data only when legally obliged by a binding request is
		// disclosure under legal process only (English, French); a
		// transparency report's statistics on requests are no disclosure
		// beyond it.
		{"## Law enforcement\n\nWe will only disclose the limited data we hold if we are legally obligated to do so by a binding request from the competent authorities. Aggregate statistics about data requests from the authorities can be found in our transparency reports.", "law-enforcement", "strict", ""},
		{"## Autorités\n\nNous communiquons vos données aux autorités uniquement si nous sommes légalement tenus de le faire. Les statistiques sur les demandes des autorités figurent dans nos rapports de transparence.", "law-enforcement", "strict", ""},
		// Data passed on when the business is sold goes to a buyer, not to
		// third parties it works with (French, Spanish, Arabic).
		{"Nous pouvons partager vos données en cas de vente de notre entreprise à des tiers.", "third-party-access", "", "yes-unspecified"},
		{"Podemos compartir sus datos en caso de venta de nuestra empresa a terceros.", "third-party-access", "", "yes-unspecified"},
		{"قد نشارك بياناتك مع أطراف ثالثة في حال بيع شركتنا.", "third-party-access", "", "yes-unspecified"},
		// The service deleting an account after advance notice is no
		// deletion the reader does (English, French).
		{"If we plan to delete your account or projects, we will provide advance notice by sending a message to the email address registered to your account.", "data-deletion", "", "yes-automated"},
		{"Si nous prévoyons de supprimer votre compte, nous vous en informerons par un préavis envoyé à l'adresse e-mail de votre compte.", "data-deletion", "", "yes-automated"},
		// Other parties named in a list after a comma ("our parents,
		// affiliates, subsidiaries, and other companies") stay in the
		// clause that shares with them (English, French).
		{"We may share information between and among Acme, and any of our parents, affiliates, subsidiaries, and other companies under common control and ownership.", "third-party-access", "yes-unspecified", ""},
		{"Nous pouvons partager des informations entre Acme, et l'une de nos maisons mères, sociétés affiliées, filiales, et autres sociétés sous contrôle commun.", "third-party-access", "yes-unspecified", ""},
		// Publishing on its own official channels (its site, its pages on
		// social networks) gives data to no third party (French, English).
		{"Acme pourra communiquer sur ses chaînes de communication officielles, y compris son site web et réseaux sociaux, des informations concernant les Participants.", "third-party-access", "", "yes-unspecified"},
		{"We may share the names of winners on our official communication channels, including our website, social networks, and apps.", "third-party-access", "", "yes-unspecified"},
		// Records destroyed once their purpose "is no longer being served"
		// and keeping them no longer necessary, or data not stored "unless
		// we need it", are kept as long as needed (English, French).
		{"We will destroy or make anonymous records containing personal information as soon as it is reasonable to assume that the original purpose is no longer being served by retention of the information and retention is no longer necessary for legal or business purposes.", "retention", "as-needed", ""},
		{"We do not store your personal information unless we need it to provide you with our service.", "retention", "as-needed", ""},
		{"Nous ne conservons pas vos données personnelles, sauf si nous en avons besoin pour vous fournir notre service.", "retention", "as-needed", ""},
		// Sharing "only in the following cases", each a needed provider,
		// the law or security, is sharing with needed providers only
		// (English, French, Arabic); a case for advertising partners is not.
		{"## Sharing\n\nWe do not resell personal data. We only share data in the following cases:\n\n* Transfer of data to a sub-processor for the performance of the service;\n* To comply with our legal obligations;\n* To ensure the security of our services (e.g. sharing data with security service providers).\n", "third-party-access", "yes-unspecified-critical", ""},
		{"## Partage\n\nNous ne revendons pas vos données. Nous partageons vos données uniquement dans les cas suivants :\n\n* Transfert de données à un sous-traitant pour l'exécution du service ;\n* Pour respecter nos obligations légales ;\n* Pour assurer la sécurité de nos services (par exemple avec des prestataires de sécurité).\n", "third-party-access", "yes-unspecified-critical", ""},
		{"## المشاركة\n\nلا نبيع بياناتك. نشارك البيانات فقط في الحالات التالية:\n\n* نقل البيانات إلى مزودي الخدمات لتنفيذ العقد؛\n* للامتثال لالتزاماتنا القانونية؛\n* لضمان أمن خدماتنا.\n", "third-party-access", "yes-unspecified-critical", ""},
		{"## Sharing\n\nWe only share data in the following cases:\n\n* With our advertising partners, to show you ads;\n* With service providers that host our site.\n", "third-party-access", "yes-unspecified", ""},
		// Complying only "if a court order is received" is disclosure under
		// a court order (English, French).
		{"## Law enforcement\n\nIf a court order is received from a recognized legal authority with jurisdiction over Acme, then the company shall comply with that order.", "law-enforcement", "strict", ""},
		{"## Autorités\n\nSur décision de justice, nous communiquons les données demandées aux autorités compétentes.", "law-enforcement", "strict", ""},
		// The reader named after "about", "with", "for" … ("information
		// about you may be shared") is no actor: the sharing has none of
		// its own, so it is the service's (English, French).
		{"The information collected about you may be accessed by or shared with affiliates of Acme, Inc., whose use of your personal information is subject to this Privacy Policy.", "third-party-access", "yes-unspecified", ""},
		{"Les informations sur vous peuvent être partagées avec les sociétés affiliées d'Acme.", "third-party-access", "yes-unspecified", ""},
		// Sharing with third parties "as necessary to process your
		// transaction" is sharing with needed parties (English, French);
		// providing its business partners with contact details is sharing
		// beyond them.
		{"We may share the information regarding your transaction with third parties as necessary to process your transaction (i.e., to create, send or deliver the card).", "third-party-access", "", "yes-unspecified"},
		{"Nous pouvons partager les informations relatives à votre transaction avec des tiers pour traiter votre transaction.", "third-party-access", "", "yes-unspecified"},
		{"With your consent, from time to time, Acme may provide its business partners with contact details of its customers for direct marketing.", "third-party-access", "yes-unspecified", ""},
		// Legally required disclosure of a breach to the reader "without
		// unreasonable delay" is a breach notice (English, French).
		{"We will make any legally-required disclosures of any breach of the security of your personal information to you via email or conspicuous posting on our site in the most expedient time possible and without unreasonable delay.", "data-breaches", "eventually", ""},
		{"En cas de violation de vos données personnelles, nous vous en informerons par e-mail dans les plus brefs délais.", "data-breaches", "eventually", ""},
		// Directives on erasing one's data after one's death are no right
		// to have it deleted (French, English).
		{"Les Utilisateurs disposent d'un droit d'accès, de rectification et d'opposition, et d'un droit à définir des directives sur la conservation, l'effacement et la communication de ces données après le décès.", "data-deletion", "", "yes-contact"},
		{"You have a right of access, rectification and objection, and a right to set instructions on the storage, erasure and disclosure of your data after your death.", "data-deletion", "", "yes-contact"},
		// Monitoring its services for vulnerabilities is a check of its
		// security (English, French).
		{"## Security\n\nWe encrypt your data in transit and use access controls. We take reasonable measures to protect information about you, such as monitoring our services for potential vulnerabilities and attacks.", "security", "yes-audits", ""},
		{"## Sécurité\n\nNous chiffrons vos données et utilisons des contrôles d'accès. Nous protégeons vos informations, notamment par la surveillance des vulnérabilités de nos services.", "security", "yes-audits", ""},
		// A summary of one's own data one may download is no summary of the
		// policy (English).
		{"## Summary of information we collect\n\nYou will have to log in to your account to access the summary or the report of your data.", "summary", "", "yes"},
		// A list of the fields of an enquiry (name, company name, job
		// title, email address, message) names three kinds of data or more
		// (English, French).
		{"## Information we collect\n\nWhen you send us an enquiry, we collect the following information:\n\n* Name\n* Company name\n* Job title\n* Email address\n* Message\n", "list-collected", "generally", ""},
		{"## Données collectées\n\nLorsque vous nous contactez, nous collectons les informations suivantes :\n\n* Nom\n* Nom de l'entreprise\n* Intitulé du poste\n* Adresse e-mail\n* Votre message\n", "list-collected", "generally", ""},
		// A changelog of dated entries under "Changes to this privacy
		// policy" is a history of the policy (English, German, French); one
		// date is only the last change.
		{"## Changes to this Privacy Policy\n\nWe may update this policy from time to time.\n\n**March 25, 2019**\n\n* Expanded section 10.\n\n**March 24, 2021**\n\n* Added section 3.5.\n\n**June 19, 2022**\n\n* Added section 8.4.\n", "history", "yes", ""},
		{"## Änderungen an dieser Datenschutzerklärung\n\nWir aktualisieren diese Erklärung gelegentlich.\n\n**25. März 2019**\n\n* Abschnitt 10 erweitert.\n\n**24. März 2021**\n\n* Abschnitt 3.5 hinzugefügt.\n\n**19. Juni 2022**\n\n* Abschnitt 8.4 hinzugefügt.\n", "history", "yes", ""},
		{"## Modifications de la présente politique\n\nNous pouvons modifier cette politique.\n\n**25 mars 2019**\n\n* Section 10 complétée.\n\n**24 mars 2021**\n\n* Section 3.5 ajoutée.\n\n**19 juin 2022**\n\n* Section 8.4 ajoutée.\n", "history", "yes", ""},
		{"## Changes to this Privacy Policy\n\nWe may update this policy from time to time.\n\n**June 19, 2022**\n", "history", "last-modified", ""},
		// Deletion asked for in the app's privacy menu or the account
		// settings, or done by deleting one's account, is self-service
		// (English, French); asked for by email it is not.
		{"Users can request deletion of their account at any time in the Privacy menu of the app.", "data-deletion", "yes-automated", ""},
		{"Les utilisateurs peuvent demander la suppression de leur compte à tout moment dans les menus Confidentialité de l'application.", "data-deletion", "yes-automated", ""},
		{"A user has the right to request that we delete all of their personal data by deleting their Acme account.", "data-deletion", "yes-automated", ""},
		{"You can request deletion of your account in your account settings or by email to privacy@acme.example.", "data-deletion", "yes-contact", ""},
		// A link to the policy's recent changes is its history (English,
		// French); a promise to tell of recent changes is not.
		{"# Privacy Policy\n\n[View recent changes](https://acme.example/privacy/changes)\n\nWe collect your email address.", "history", "yes", ""},
		{"# Politique de confidentialité\n\n[Voir les modifications récentes](https://acme.example/privacy/changes)\n\nNous collectons votre adresse e-mail.", "history", "yes", ""},
		{"We will tell you about recent changes to this policy by email.", "history", "", "yes"},
		// A service that shares with no one but uses service providers
		// shares with needed providers (English, French, Arabic).
		{"We do not share your personal data with anyone. We use service providers to host our website.", "third-party-access", "yes-unspecified-critical", ""},
		{"Nous ne partageons pas vos données personnelles. Nous utilisons des prestataires pour héberger notre site.", "third-party-access", "yes-unspecified-critical", ""},
		{"لا نشارك بياناتك الشخصية مع أي جهة. نستخدم مزودي الخدمات لاستضافة موقعنا.", "third-party-access", "yes-unspecified-critical", ""},
		// Processing data as a service provider to its own business
		// customers is no sharing with providers of its own.
		{"We collect, use and disclose personal information only as a service provider to our business customers.", "third-party-access", "", "yes-unspecified-critical"},
		{"Nous collectons et communiquons des données personnelles uniquement en tant que sous-traitant de nos clients professionnels.", "third-party-access", "", "yes-unspecified-critical"},
		// Not being compellable to hand over data it does not hold is no
		// promise to share with no one.
		{"The company cannot be compelled to hand over information which it does not have.", "third-party-access", "", "no"},
		{"La société ne peut pas être contrainte de communiquer des informations qu'elle ne détient pas.", "third-party-access", "", "no"},
		// The choices offered over the data used to select ads are an
		// opt-out (French; English says "your choices").
		{"Nous utilisons vos données pour personnaliser les publicités. Pour en savoir plus sur les choix qui s'offrent à vous concernant les données que nous utilisons pour sélectionner les publicités, consultez vos paramètres.", "behavioral-marketing", "yes-opt-out", ""},
		// Ads made "more relevant to you" are targeted; ads that become
		// less relevant once you opt out say nothing more.
		{"We use your information to make ads on Acme more relevant to you.", "behavioral-marketing", "yes", ""},
		{"Nous utilisons vos informations pour rendre les publicités plus pertinentes pour vous.", "behavioral-marketing", "yes", ""},
		{"If you opt out, the ads you see may be less relevant to you.", "behavioral-marketing", "", "yes"},
		// Three dated entries saying what was changed are the policy's
		// history (English, French, Arabic).
		{"# Privacy policy\n\n* On 26 September 2025, we added two subprocessors: Acme Pay and Beta Mail.\n* On 13 December 2024, we changed the host of our website.\n* On 20 February 2023, we removed two subprocessors.\n\nWe collect your email address.", "history", "yes", ""},
		{"# Politique de confidentialité\n\n* Le 26 septembre 2025, nous avons ajouté 2 sous-traitants.\n* Le 13 décembre 2024, nous avons changé d'hébergeur.\n* Le 20 février 2023, nous avons retiré deux sous-traitants.\n\nNous collectons votre adresse e-mail.", "history", "yes", ""},
		{"# سياسة الخصوصية\n\n* في 26 سبتمبر 2025، أضفنا مزودين جديدين.\n* في 13 ديسمبر 2024، عدلنا مزود الاستضافة.\n* في 20 فبراير 2023، حذفنا مزودين.\n\nنجمع عنوان بريدك الإلكتروني.", "history", "yes", ""},
		{"# Privacy policy\n\nLast updated: 26 September 2025. We added a section on cookies.\n\nWe collect your email address.", "history", "", "yes"},
		// Providers named under a heading of subprocessors, beside named
		// analytics, are every party named; "they" acting on its
		// instructions are those providers (English, French).
		{"## Our subprocessors\n\nThe companies below are our providers. They process data on our instructions.\n\nEmail delivery: Postmark\n\nPayments: Stripe\n\nWe use Google Analytics to measure the audience of our website.", "third-party-access", "yes-specified-noncritical", ""},
		{"## Liste des sous-traitants\n\nLes sociétés ci-dessous sont nos prestataires. Elles traitent des données sur nos instructions.\n\nEnvoi des e-mails : Postmark\n\nPaiements : Stripe\n\nNous utilisons Google Analytics pour mesurer l'audience de notre site.", "third-party-access", "yes-specified-noncritical", ""},
		{"## Our subprocessors\n\nEmail delivery: Postmark\n\nWe use Google Analytics to measure the audience of our website. We also share your data with other partners.", "third-party-access", "yes-unspecified", ""},
		// Consent as the legal basis for placing cookies on the reader's
		// device and browser: cookies are not left to the browser alone
		// (English, French, Arabic).
		{"## Cookies\n\nLegal basis: consent to the placement of all cookies labelled as marketing cookies on your device and browser.\n\nYou can delete cookies in your browser settings.", "cookie-choices", "", "browser-only"},
		{"## Cookies\n\nConsentement – pour l'installation de tous les cookies étiquetés comme cookies marketing sur ton appareil et ton navigateur.\n\nTu peux supprimer les cookies dans les paramètres de ton navigateur.", "cookie-choices", "", "browser-only"},
		{"## ملفات تعريف الارتباط\n\nالأساس القانوني: الموافقة على وضع ملفات تعريف الارتباط التسويقية على جهازك ومتصفحك.\n\nيمكنك حذف ملفات تعريف الارتباط من إعدادات متصفحك.", "cookie-choices", "", "browser-only"},
		// A heading that sums up one topic ("what we collect, in brief")
		// is no summary of the policy; "In short" over the whole is
		// (English, French).
		{"## The information we collect, in brief\n\nWe collect your email address and your IP address.\n\n## How we use it\n\nWe use it to run the service.", "summary", "", "yes"},
		{"## Les données que nous collectons, en bref\n\nNous collectons votre adresse e-mail.\n\n## Utilisation\n\nNous les utilisons pour le service.", "summary", "", "yes"},
		{"## In short\n\nWe collect little and sell nothing.\n\n## What we collect\n\nWe collect your email address.", "summary", "yes", ""},
		// Third-party cookies that deliver ads give unnamed ad companies
		// the reader's data; a way to refuse them says nothing of their
		// use (English, French, Arabic).
		{"In addition to our own cookies, we may also use various third-party cookies to report usage statistics of the Service and deliver advertisements on the Service.", "third-party-access", "yes-unspecified", ""},
		{"Nous utilisons également des cookies tiers pour vous afficher des publicités.", "third-party-access", "yes-unspecified", ""},
		{"نستخدم ملفات تعريف الارتباط الخاصة بجهات خارجية لعرض الإعلانات.", "third-party-access", "yes-unspecified", ""},
		// A change announced only "here", on the policy's own page, is
		// no notice to the reader (English, French).
		{"If we make material changes to this policy, we will notify you here that it has been updated.", "revision-notify", "", "yes"},
		{"Si nous apportons des modifications importantes à cette politique, nous vous en informerons ici.", "revision-notify", "", "yes"},
		// A cookie that records whether the reader accepted cookies shows
		// a consent the site asks for itself (English, French, Arabic).
		{"## Cookies\n\nThis cookie records whether a user has accepted the use of cookies on our website.\n\nYou can block cookies in your browser settings.", "cookie-choices", "", "browser-only"},
		{"## Cookies\n\nCe cookie enregistre si l'utilisateur a accepté l'utilisation des cookies sur notre site.\n\nVous pouvez bloquer les cookies dans les paramètres de votre navigateur.", "cookie-choices", "", "browser-only"},
		{"## ملفات تعريف الارتباط\n\nيسجل ملف تعريف الارتباط هذا قبول استخدام ملفات تعريف الارتباط على موقعنا.\n\nيمكنك حظر ملفات تعريف الارتباط من إعدادات متصفحك.", "cookie-choices", "", "browser-only"},
		// Data erased as soon as the reader asks for the account's
		// deletion is kept while the account lives (English, French,
		// Arabic); using the services alone is not an account (above).
		{"Your personal data will be kept as long as you use the Services and erased as soon as you ask us to delete your account.", "retention", "account", ""},
		{"Vos données seront conservées tant que vous utiliserez les Services et seront effacées dès que vous demanderez la suppression de votre compte.", "retention", "account", ""},
		{"نحتفظ ببياناتك ونحذفها بمجرد طلبك حذف حسابك.", "retention", "account", ""},
		// Testing and evaluating the effectiveness of its security
		// measures is a check of them (English, French); evaluating the
		// effectiveness of ad campaigns is not.
		{"## How we protect your data\n\nWe protect your data through measures including:\n\n* applying encryption;\n* implementing access controls; and\n* testing, assessing, and evaluating the effectiveness of these measures.", "security", "yes-audits", ""},
		{"## Sécurité\n\nNous protégeons vos données par des mesures, notamment :\n\n* le chiffrement ;\n* des contrôles d'accès ;\n* des procédures pour tester, analyser et évaluer l'efficacité de ces mesures.", "security", "yes-audits", ""},
		{"## How we use data\n\nWe use data to improve our ads, evaluating the effectiveness of these campaigns.", "security", "", "yes-audits"},
		// Partners shared with, and a complete list of them offered, are
		// every party named (English, French); partners alone are not.
		{"## Sharing\n\nWe share your data with our commercial partners for their own marketing. The complete list of our partners is available here.", "third-party-access", "yes-specified-noncritical", ""},
		{"## Partage\n\nVos données sont transmises à nos partenaires commerciaux pour leur propre prospection. La liste complète des partenaires commerciaux est disponible ici.", "third-party-access", "yes-specified-noncritical", ""},
		{"## Sharing\n\nWe share your data with our commercial partners for their own marketing.", "third-party-access", "yes-unspecified", ""},
		// A sentence of prose that links to another section of the page is
		// read, not skipped as a table of contents (English, French).
		{"We use your interests to show you personalised advertising. You can opt out of advertising through the Cookie Settings in our [Cookies Policy](#cookies).", "behavioral-marketing", "yes-opt-out", ""},
		{"Nous utilisons vos centres d'intérêt pour afficher des publicités personnalisées. Vous pouvez refuser ces publicités dans les paramètres décrits dans notre [Politique cookies](#cookies).", "behavioral-marketing", "", "yes"},
		// Telling one device from others is no data from others; a
		// browser's cookie protection feature is no advice to manage
		// cookies in the browser.
		{"We collect technical data to provide the browser, distinguish your device from others and remember your settings.", "third-party-collection", "", "yes"},
		{"We provide default features such as a password manager and Total Cookie Protection, and remember your browser settings.", "cookie-choices", "", "browser-only"},
		// A table of versions with their changes and dates is the
		// policy's history (English, French).
		{"# Privacy notice\n\n| Version | Section | Changes | Date |\n| --- | --- | --- | --- |\n| 1.0 | All | First draft | 23 May 2018 |\n| 2.0 | All | New template | 14 October 2024 |\n\nWe collect your email address.", "history", "yes", ""},
		{"# Politique\n\n| Version | Modifications | Date |\n| --- | --- | --- |\n| 1.0 | Première version | 23 mai 2018 |\n\nNous collectons votre adresse e-mail.", "history", "yes", ""},
		// The next version announced on its blog is a notice of changes,
		// as raters read blog posts (English, French).
		{"Acme will announce the next version on the Acme blog.", "revision-notify", "yes", ""},
		{"Nous annoncerons la prochaine version sur notre blog.", "revision-notify", "yes", ""},
		// Asking the reader to choose which cookies it may use is the
		// site's own cookie choice (English, French).
		{"On your first visit, we will ask you to choose which cookies we can use.", "cookie-choices", "settings", ""},
		{"Lors de votre première visite, nous vous demanderons de choisir les cookies que nous pouvons utiliser.", "cookie-choices", "settings", ""},
		// Sharing with third parties in order to provide the service, the
		// parties then named, is sharing with named providers it needs;
		// advertisers beside them are not (English, French, Arabic).
		{"## Sharing\n\nAcme shares data with certain third parties in order to provide the service to you. Here's who we use:\n\n**Stripe.** Acme uses Stripe to process your payment information.", "third-party-access", "yes-specified-critical", ""},
		{"## Partage\n\nAcme partage des données avec certains tiers afin de vous fournir le service. Voici qui nous utilisons :\n\n**Stripe.** Acme utilise Stripe pour traiter vos informations de paiement.", "third-party-access", "yes-specified-critical", ""},
		{"## المشاركة\n\nتشارك Acme البيانات مع أطراف ثالثة معينة لتقديم الخدمة لك.\n\n**Stripe.** تستخدم Acme خدمة Stripe لمعالجة معلومات الدفع الخاصة بك.", "third-party-access", "yes-specified-critical", ""},
		{"## Sharing\n\nAcme shares data with certain third parties in order to provide the service to you and with advertisers for marketing.\n\n**Stripe.** Acme uses Stripe to process your payment information.", "third-party-access", "", "yes-specified-critical"},
		// Data kept "only long enough" for a feature is kept as long as
		// needed (English; the French and Arabic wordings already read).
		{"We retain location data only long enough to show the map, after which it is deleted.", "retention", "as-needed", ""},
		{"Nous conservons vos données de localisation uniquement le temps nécessaire à l'affichage de la carte, puis elles sont supprimées.", "retention", "as-needed", ""},
		{"نحتفظ ببيانات الموقع فقط للمدة اللازمة لعرض الخريطة ثم نحذفها.", "retention", "as-needed", ""},
		{"يمكنك رفض ملفات تعريف الارتباط الخاصة بجهات خارجية المستخدمة للإعلانات من إعدادات متصفحك.", "third-party-access", "", "yes-unspecified"},
		// Card details "stored with" payment partners go out, they are not
		// data received from others (French "enregistrées auprès de").
		{"Vos coordonnées bancaires sont enregistrées et sécurisées auprès de nos partenaires de paiement.", "third-party-collection", "", "yes"},
		{"Vos coordonnées bancaires sont stockées auprès de nos partenaires de paiement.", "third-party-collection", "", "critical-only"},
		{"Your card details are stored with our payment partners.", "third-party-collection", "", "yes"},
		{"Nous recevons des informations vous concernant auprès de nos partenaires publicitaires.", "third-party-collection", "yes", ""},
		// Companies, organisations or individuals "outside" the service are
		// third parties.
		{"We may share your information with companies, organizations or individuals outside of Acme when we have your consent.", "third-party-access", "yes-unspecified", ""},
		// Content deleted "through your account" is deleted by the user.
		{"You can choose to delete certain content through your account. To close your account, contact us.", "data-deletion", "yes-automated", ""},
		// A list item's label written as a sentence of its own is a
		// heading: "targeted marketing" in the label of a right to refuse
		// sale states no targeting (English, French).
		{"## Your rights\n\n* Access. You have the right to request a copy of your data.\n* Sale and targeted marketing of our products. We do not sell your personal data.\n", "behavioral-marketing", "", "yes"},
		{"## Vos droits\n\n* Accès. Vous pouvez demander une copie de vos données.\n* Vente et marketing ciblé de nos produits. Nous ne vendons pas vos données personnelles.\n", "behavioral-marketing", "", "yes"},
		// A "heads-up" before changes is a change notice.
		{"We may update this policy from time to time, and will give you a heads-up if we make any changes you should know about.", "revision-notify", "yes", ""},
		{"قد نحدّث هذه السياسة من وقت لآخر، وسننبّهك إذا أجرينا أي تغييرات مهمة عليها.", "revision-notify", "yes", ""},
		// A negation in a first predicate does not reach a second one
		// opened by "and" and an auxiliary: temporary chats "will not
		// appear … and will be kept up to 30 days" are kept 30 days
		// (English, French, German); a second negated predicate stays
		// negated.
		{"For example, temporary chats will not appear in your history and will be kept up to 30 days for safety purposes.", "retention", "period", ""},
		{"Les discussions temporaires n'apparaîtront pas dans votre historique et seront conservées 30 jours pour des raisons de sécurité.", "retention", "period", ""},
		{"Die temporären Chats erscheinen nicht in Ihrem Verlauf und werden 30 Tage lang gespeichert.", "retention", "period", ""},
		{"لن تظهر المحادثات المؤقتة في سجلك، وسيتم الاحتفاظ بها لمدة 30 يومًا لأسباب تتعلق بالسلامة.", "retention", "period", ""},
		{"We do not sell your data and will never rent it to anyone.", "sells-data", "no", ""},
		// A promise to inform "those individuals" affected by a change,
		// under "Updates to this Statement", is a change notice (English,
		// French).
		{"**Updates to this Statement**\n\nWe may update this Statement from time to time. When we do so, we will post the changes here. Where we make changes to our processing that may affect the rights of individuals, we will inform those individuals where possible.\n", "revision-notify", "yes", ""},
		{"**Mises à jour de la présente déclaration**\n\nNous pouvons mettre à jour cette déclaration. Nous publierons les changements ici. Lorsque nous modifions nos traitements d'une manière qui peut affecter les droits des personnes, nous informerons les personnes concernées.\n", "revision-notify", "yes", ""},
		// Disclosure "only when compelled by law" is strict (English,
		// French with a future tense the lexicon now reads).
		{"We will only disclose the limited user data we possess when compelled by law, for the prevention or prosecution of criminal offences.", "law-enforcement", "strict", ""},
		{"Nous transmettrons vos données aux autorités uniquement lorsque nous y sommes contraints par la loi.", "law-enforcement", "strict", ""},
		// Items that open with a party are recipients even when a
		// possessive follows ("subcontractors who host our servers"): a
		// policy that shares only with its subcontractors does share.
		{"## Sharing\n\nWe do not sell or share your personal data with anyone else. We share it only with the following subcontractors:\n\n* subcontractors who host our servers;\n* subcontractors who process our payments.\n", "third-party-access", "yes-unspecified-critical", "no"},
		{"## Partage\n\nNous ne vendons ni ne partageons vos données personnelles avec qui que ce soit d'autre. Nous les partageons uniquement avec les sous-traitants suivants :\n\n* des sous-traitants qui hébergent nos serveurs ;\n* des sous-traitants qui traitent nos paiements.\n", "third-party-access", "", "no"},
		// Data kept "indefinitely" or "forever" is the answer a reader
		// weighs first, even beside a period stated for other data
		// (English, French, Arabic); aggregated data, a duty denied and
		// "forever" said of anything but keeping data are not.
		{"We keep the identifiers of suspended accounts indefinitely to prevent repeat offenders. We keep other data for 18 months.", "retention", "indefinite", ""},
		{"Information related to account penalties is kept forever to protect our customers.", "retention", "indefinite", ""},
		{"Nous conservons l'historique de vos achats sans limitation de durée.", "retention", "indefinite", ""},
		{"نحتفظ بسجل مشترياتك إلى أجل غير مسمى.", "retention", "indefinite", ""},
		{"We may store aggregated data indefinitely.", "retention", "", "indefinite"},
		{"We are under no obligation to store your personal information indefinitely.", "retention", "", "indefinite"},
		{"We want your connections to last forever, but we keep your personal data only as long as necessary.", "retention", "as-needed", ""},
		{"Choosing a public license may encourage and allow storage and use of your package data indefinitely.", "retention", "", "indefinite"},
		// Deleting data from one's own vehicle or device deletes nothing
		// the service holds: neither self-service nor a request.
		{"## Your choices\n\nYou can choose how we use your data. For instructions on how to delete personal information from your vehicle or restore factory settings, please refer to your owner's manual.", "data-deletion", "", "yes-automated"},
		{"If you sell your car, we encourage you to delete all personal information from the vehicle and contact us to cancel your account.", "data-deletion", "", "yes-contact"},
		{"Si vous vendez votre voiture, supprimez toutes les données personnelles de votre véhicule et contactez-nous pour clôturer votre compte.", "data-deletion", "", "yes-contact"},
		{"You can delete your account at any time from your account settings.", "data-deletion", "yes-automated", ""},
		// "Entities who are not listed here" negates nothing the service
		// does: disclosure when the law requires it is still stated
		// (English, French).
		{"We may also disclose information to other entities who are not listed here when required by law or to protect our company.", "law-enforcement", "reasonable", ""},
		{"Nous pouvons aussi communiquer des informations à d'autres entités qui ne sont pas mentionnées ici lorsque la loi l'exige.", "law-enforcement", "reasonable", ""},
		// Removing an optional profile field ("you don't have to give us
		// a name … you can remove it") is no self-service deletion of what
		// the service holds; a request to erase is still read (English,
		// French as a guard).
		{"You don't have to give us a personal name, and you can remove this data at any time by updating your user page. You have the right to request that we erase data we have collected from you.", "data-deletion", "yes-contact", ""},
		{"Vous n'êtes pas obligé de fournir votre nom, et vous pouvez le retirer à tout moment en modifiant votre page. Vous pouvez nous demander d'effacer les données que nous avons collectées.", "data-deletion", "yes-contact", ""},
		// "Advertising targeted to you" is targeted advertising.
		{"This information is used to deliver advertising targeted to you on other companies' sites.", "behavioral-marketing", "yes", ""},
		// A definition of a "sale" that the law "defines broadly" states
		// no sharing by the service.
		{"## Sharing\n\nA \"sale\" of personal information is defined broadly: \"selling, renting, releasing, disclosing, disseminating, making available, transferring, or otherwise communicating a consumer's personal information to another business or a third party for monetary or other valuable consideration.\"\n\nWe share your data with our hosting providers.\n", "third-party-access", "", "yes-unspecified"},
		// A lead-in that shares "with third parties:" over items that are
		// only a legal obligation and a merger shares with no one beyond
		// them: what a list states is what its items say (English,
		// French); an item that does share keeps the answer.
		{"## Sharing\n\nWe may also share your information with third parties:\n\n* to comply with legal obligations and to enforce our rights;\n* in a restructuring, merger or sale of our business.\n", "third-party-access", "", "yes-unspecified"},
		{"## Partage\n\nNous pouvons également partager vos informations avec des tiers :\n\n* pour respecter nos obligations légales et faire valoir nos droits ;\n* en cas de restructuration, de fusion ou de vente de notre entreprise.\n", "third-party-access", "", "yes-unspecified"},
		{"## Sharing\n\nWe may also share your information with third parties:\n\n* advertising partners who show you ads;\n* in a merger.\n", "third-party-access", "yes-unspecified", ""},
		// A parent named in a sentence on children is no parental consent
		// unless the parent's consent, permission or involvement gates the
		// child's data ("help parents understand", "if you as a parent
		// think …" state none); English, French and Arabic.
		{"This notice helps parents understand what data the app collects from children and why.", "children", "", "parental-consent"},
		{"If you are a parent and think that your child has given us personal data, you can contact us.", "children", "", "parental-consent"},
		{"Cette notice aide les parents à comprendre quelles données l'application collecte auprès des enfants.", "children", "", "parental-consent"},
		{"يساعد هذا الإشعار الوالدين على فهم البيانات التي يجمعها التطبيق من الأطفال.", "children", "", "parental-consent"},
		{"Children under 13 may use the app only with the permission of a parent or guardian.", "children", "parental-consent", ""},
		{"Les enfants de moins de 15 ans ne peuvent utiliser l'application qu'avec l'autorisation de leurs parents.", "children", "parental-consent", ""},
		{"لا يجوز للأطفال دون سن 13 استخدام التطبيق إلا بموافقة الوالدين.", "children", "parental-consent", ""},
		{"A child account can only be created by a parent.", "children", "parental-consent", ""},
		{"Children under 13 may not use the service unless a parent or guardian consents.", "children", "parental-consent", ""},
		// "Only … by court order, or at the request of an official
		// authority": a request is enough, so disclosure is not limited to
		// court orders (English, French); a court order alone still is.
		{"We only pass your data on when we are obliged to on legal grounds, by court order, or at the request of another official authority.", "law-enforcement", "reasonable", "strict"},
		{"Nous ne transmettons vos données que sur décision de justice ou à la demande d'une autorité officielle.", "law-enforcement", "", "strict"},
		{"We only disclose your data to the authorities when a court order requires it.", "law-enforcement", "strict", ""},
		// Open to adults, and to minors with a parent's approval: the
		// parent's consent is the fuller answer ("under this age" are
		// children); English, French.
		{"You must be 18 or older to open an account. People under this age may use the app only with the approval and supervision of a parent.", "children", "parental-consent", ""},
		{"Vous devez avoir 18 ans pour ouvrir un compte. Les personnes qui n'ont pas atteint cet âge peuvent utiliser l'application uniquement avec l'accord d'un parent.", "children", "parental-consent", ""},
		{"You must be 18 or older to open an account.", "children", "not-directed", ""},
		// A parent told to write in if a child gave data "without your
		// consent" is told what to do, not promised consent is asked.
		{"Our service is not directed to children. If you are a parent and believe your child gave us personal data without your consent, please contact us.", "children", "not-directed", "parental-consent"},
		{"Notre service ne s'adresse pas aux enfants. Si vous êtes un parent et pensez que votre enfant nous a transmis des données sans votre consentement, contactez-nous.", "children", "", "parental-consent"},
		// A list of what the reader is responsible for ("it is your
		// responsibility to …, including:") is the reader's duty, not the
		// service's practice.
		{"## Your obligations\n\nIf you build an app on our platform, it is your responsibility to comply with the law, including:\n\n* obtaining verifiable parental consent before collecting data from children under 13;\n* telling your users what you collect.\n", "children", "", "parental-consent"},
		// Authorities named among recipients, with no word of when (a
		// legal duty, a request, a court order), do not say when they get
		// data; any such condition does (English, French, Arabic).
		{"Recipients of your data may include our banks, the authorities in the fight against fraud, and our marketing agencies.", "law-enforcement", "", "reasonable"},
		{"Les destinataires des données peuvent être nos banques, les autorités dans le cadre de la lutte contre la fraude et nos agences de marketing.", "law-enforcement", "", "reasonable"},
		{"The law may require us to disclose limited personal data to law enforcement authorities.", "law-enforcement", "reasonable", ""},
		{"Vos données peuvent être communiquées à toute autorité légalement habilitée, telle que les autorités judiciaires ou policières.", "law-enforcement", "reasonable", ""},
		{"Nous partageons des informations avec la police en réponse à des demandes légales.", "law-enforcement", "reasonable", ""},
		{"قد نشارك بياناتك مع السلطات عندما يقتضي القانون ذلك.", "law-enforcement", "reasonable", ""},
		// Browser settings named in a policy that sends the reader to its
		// own cookie policy for the rest: the choices may live there, so
		// "only through your browser" is not said (English, French); with
		// no such pointer it is.
		{"## Cookies\n\nFor more on how we use cookies, please read our Cookie Policy.\n\nYou can block cookies in your browser settings.\n", "cookie-choices", "", "browser-only"},
		{"## Cookies\n\nPour en savoir plus, consultez notre Politique relative aux cookies.\n\nVous pouvez refuser les cookies dans les paramètres de votre navigateur.\n", "cookie-choices", "", "browser-only"},
		{"## Cookies\n\nYou can block cookies in your browser settings.\n", "cookie-choices", "browser-only", ""},
		// Features that let the reader manage their data, account deletion
		// among them, or "you may choose to delete your entire account",
		// are deletion by oneself (English, French).
		{"We provide features which enable you to personally manage your personal data, including the deletion of your account.", "data-deletion", "yes-automated", ""},
		{"If you no longer wish to use the app, you may choose to delete your entire account.", "data-deletion", "yes-automated", ""},
		{"Si vous ne souhaitez plus utiliser l'application, vous pouvez supprimer l'intégralité de votre compte.", "data-deletion", "yes-automated", ""},
		// "We will notify you by revising the change log, and in some
		// cases we may provide additional notice (… email)": the email is
		// only a maybe, so no notice is promised (English, French); a
		// firm email for material changes still is.
		{"If we make changes, we will notify you by revising the change log below, and, in some cases, we may provide additional notice, such as sending you an email.", "revision-notify", "", "yes"},
		{"Si nous modifions cette politique, nous mettrons à jour la date ci-dessous et, dans certains cas, nous pourrons vous envoyer un e-mail.", "revision-notify", "", "yes"},
		{"If we make material changes to this policy, we will notify you by email before they take effect.", "revision-notify", "yes", ""},
		// An analytics provider's own disclosures ("Acme may transfer this
		// information to third parties where required by law, or where they
		// process it on Acme's behalf") say nothing of when the service
		// hands data to the authorities (English, French).
		{"Our site uses Acme Analytics. Acme may also transfer this information to third parties where required to do so by law, or where such third parties process the information on Acme's behalf.", "law-enforcement", "", "reasonable"},
		{"Notre site utilise Google Analytics. Google est susceptible de communiquer ces données à des tiers en cas d'obligation légale ou lorsque ces tiers traitent ces données pour le compte de Google.", "law-enforcement", "", "reasonable"},
		{"We may disclose your information to third parties where required to do so by law, or where they process it on our behalf.", "law-enforcement", "reasonable", ""},
		// A clause of the service's own in parentheses is read on its own,
		// free of the condition around it (English, French).
		{"If Acme detects a Global Privacy Control signal from your browser, Acme will not share your data (we do not sell your data).", "sells-data", "no", ""},
		{"Si Acme détecte un signal Global Privacy Control, Acme ne partagera pas vos données (nous ne vendons pas vos données).", "sells-data", "no", ""},
		{"If you ask us, we will delete your data (we keep backups for 30 days).", "sells-data", "", "no"},
		// A merger in one clause does not hide the authorities in another:
		// "(1) in a sale, to the buyer; and (2) to the police when the law
		// requires it" says when (French, English); a merger in the same
		// clause as the court still says nothing of the authorities.
		{"Dans des cas limités, les destinataires peuvent inclure (1) en cas de vente, de fusion ou de cession, l'acheteur ou le cessionnaire ; et (2) les forces de l'ordre et les tribunaux, si la loi l'exige.", "law-enforcement", "reasonable", ""},
		{"In limited cases, recipients may include (1) in the event of a merger or acquisition, the buyer; and (2) law enforcement and courts, where the law requires it.", "law-enforcement", "reasonable", ""},
		{"We may transfer your data to a buyer in a merger or bankruptcy, subject to the approval of a court where the law requires it.", "law-enforcement", "", "reasonable"},
		// "Visitors may choose to decline the use of DART cookies" (an
		// advertising cookie) is an opt-out of targeted ads (English,
		// French).
		{"## Advertising\n\nWe use DART cookies to serve ads based on your visits to our site and other sites on the internet. Visitors may choose to decline the use of DART cookies by visiting the partner's privacy page.\n", "behavioral-marketing", "yes-opt-out", ""},
		{"## Publicité\n\nNotre partenaire utilise des cookies DART pour afficher des publicités ciblées selon vos visites sur d'autres sites. Vous pouvez refuser l'utilisation de ces cookies depuis sa page de confidentialité.\n", "behavioral-marketing", "yes-opt-out", ""},
		// Targeted ads that are "based on your consent" are no targeted ads
		// "with no way to opt out" (English, French).
		{"## Advertising\n\nSome versions of the app show personalised ads. Personalised ads delivered by our ad partner are based on your consent.\n", "behavioral-marketing", "", "yes"},
		{"## Publicité\n\nCertaines versions de l'application affichent des publicités personnalisées. Les publicités personnalisées de notre partenaire reposent sur votre consentement.\n", "behavioral-marketing", "", "yes"},
		// A service with an age floor that also says children can use a
		// version of it made for them is not "not meant for children"
		// (English, French); the age floor alone still is.
		{"You must be at least 13 years old to use the app. Children under 13 can use the app in our Kids Experience, where we collect limited information.", "children", "", "not-directed"},
		{"Vous devez avoir au moins 13 ans pour utiliser l'application. Les enfants de moins de 13 ans peuvent utiliser l'application dans notre Espace Enfants.", "children", "", "not-directed"},
		{"You must be at least 13 years old to use the app.", "children", "not-directed", ""},
		// A promise to handle a breach "by informing the regulator and, where
		// needed, the people concerned" is a breach notice, whoever the
		// sentence names first (French, English).
		{"L'éditeur et ses sous-traitants s'engagent à traiter toute violation éventuelle de données en informant la CNIL et, le cas échéant, les personnes concernées.", "data-breaches", "eventually", ""},
		{"The publisher and its processors will handle any data breach by informing the regulator and, where needed, the people concerned.", "data-breaches", "eventually", ""},
		// The reader "will continue to receive … security incident alerts"
		// among account emails: no promise to tell them of a breach.
		{"You will continue to receive essential notices such as account notification emails, security incident alerts and payment emails.", "data-breaches", "", "eventually"},
		// A list of rights that ends with directives for one's data after
		// death still grants erasure in its own item; directives after death
		// alone grant none (French, English).
		{"Vous disposez des droits suivants : un droit d'accès, un droit de rectification, un droit à l'effacement, un droit d'opposition, un droit de définir des directives concernant la conservation et l'effacement de vos données après votre décès. Toute demande doit être adressée à privacy@acme.example.", "data-deletion", "yes-contact", ""},
		{"You have the following rights: the right to access, the right to erasure, the right to object, the right to set directives on the storage and erasure of your data after your death. Send any request to privacy@acme.example.", "data-deletion", "yes-contact", ""},
		{"Vous pouvez définir des directives concernant la conservation et l'effacement de vos données après votre décès.", "data-deletion", "", "yes-contact"},
		// Deleting a tag to make the service "stop showing that data to
		// others" hides it; it deletes nothing the service holds (English,
		// French).
		{"You can make us stop showing that data to others at any time by deleting the relevant tags in your profile settings.", "data-deletion", "", "yes-automated"},
		{"Vous pouvez à tout moment nous faire cesser d'afficher ces données aux autres en supprimant les étiquettes dans les paramètres de votre profil.", "data-deletion", "", "yes-automated"},
		// A line that is only a date in digits, under the title or at the
		// end, dates the policy; a version number does not (English,
		// French, Arabic).
		{"# Privacy Policy\n\n2024-03-04 08:46:24\n\nWe collect your name and email address.", "history", "last-modified", ""},
		{"# Politique de confidentialité\n\nNous collectons votre nom.\n\n04/03/2024", "history", "last-modified", ""},
		{"# سياسة الخصوصية\n\nنجمع اسمك.\n\n2024-03-04", "history", "last-modified", ""},
		{"# Privacy Policy\n\n2.1.4\n\nWe collect your name and email address.", "history", "", "last-modified"},
		// Disclosure to the authorities "in accordance with judicial
		// proceedings, court orders, or legal processes" is bound to a court
		// or legal process (English, French).
		{"Personal information may be disclosed to government agencies in accordance with judicial proceedings, court orders, or legal processes.", "law-enforcement", "strict", ""},
		{"Vos données ne peuvent être communiquées aux autorités que conformément à une décision de justice.", "law-enforcement", "strict", ""},
		// "We will let you know by revising the date; if the changes are
		// material, we may also notify you by email": the raters count a
		// notice the service "may" send as one ("We also may notify Users
		// of the change using email": yes), and so does Legible (English,
		// French); "choose to email all our registered users" too. An
		// attempt to notify promises none.
		{"If we change this policy, we will let you know by revising the date at the top. If the changes, in our sole discretion, are material, we may also notify you by sending an email.", "revision-notify", "yes", ""},
		{"Si nous modifions cette politique, nous mettrons à jour la date en haut de la page. Si les modifications sont importantes, nous pourrons également vous informer par e-mail.", "revision-notify", "yes", ""},
		{"If we decide to change our privacy policy, the updated policy will be posted on this page. If the changes are significant, we may also choose to email all our registered users with the new details.", "revision-notify", "yes", ""},
		{"If we change this policy, we will attempt to notify you by email.", "revision-notify", "", "yes"},
		// "Nous veillerons à vous en tenir informé" promises notice of
		// changes; advice to read the policy "afin de vous tenir informé"
		// (to keep yourself informed) does not.
		{"## Modifications de la politique\n\nCette politique peut être modifiée. Quoi qu'il en soit, nous veillerons à vous en tenir informé.\n", "revision-notify", "yes", ""},
		{"## Modifications de la politique\n\nNous vous recommandons de consulter régulièrement cette politique afin de vous tenir informé de tout changement.\n", "revision-notify", "", "yes"},
		// A link to the "Pre-2023 version" of the policy offers an earlier
		// version (English, French).
		{"# Privacy Policy\n\nLast updated: 1 May 2025. [Pre-2023 version](https://example.com/2012-privacy-policy)\n\nWe collect your email address.", "history", "yes", ""},
		{"# Politique de confidentialité\n\nMise à jour : 1er mai 2025. [Version antérieure à 2023](https://example.com/ancienne)\n\nNous collectons votre adresse e-mail.", "history", "yes", ""},
		// Deleting by contacting the service "or by logging in to your
		// account" offers self-service too; logging in to send a request
		// does not (English, French).
		{"You may access, correct or delete your information by contacting privacy@example.com or by logging in to your account and making the changes.", "data-deletion", "yes-automated", ""},
		{"Vous pouvez supprimer vos données en nous écrivant à privacy@example.com ou directement depuis votre compte.", "data-deletion", "yes-automated", ""},
		{"You may request the deletion of your data by submitting a request form or by logging in to your account.", "data-deletion", "", "yes-automated"},
		// "Without targeted advertising" says there is none (English,
		// French, Arabic).
		{"Our search engine protects your privacy, without targeted advertising or tracking of your searches.", "behavioral-marketing", "no", ""},
		{"Notre moteur de recherche protège votre vie privée, sans publicité ciblée ni suivi de vos recherches.", "behavioral-marketing", "", "yes"},
		{"يحمي محرك البحث لدينا خصوصيتك، بدون إعلانات مستهدفة أو تتبع لعمليات البحث.", "behavioral-marketing", "no", ""},
		// A line listing the policy's versions by date, each a link, offers
		// earlier versions; one version's date is only the last change
		// (English, French).
		{"# Privacy policy\n\nVersions: [5 Nov 2025](https://example.com/p?v=20251105), [30 Oct 2025](https://example.com/p?v=20251030), [4 Aug 2024](https://example.com/p?v=20240804)\n\nWe collect your email address.", "history", "yes", ""},
		{"# Politique de confidentialité\n\nVersions : [5 novembre 2025](https://example.com/p?v=20251105), [30 octobre 2025](https://example.com/p?v=20251030)\n\nNous collectons votre adresse e-mail.", "history", "yes", ""},
		{"# Privacy policy\n\nVersion: 12 May 2026\n\nWe collect your email address.", "history", "", "yes"},
		// "A summary of the key points" before a list is a summary
		// (English, French).
		{"# Privacy and terms\n\nHere is a (non-binding) summary of the key points:\n\n* We collect only your email address.\n* We never sell your data.\n", "summary", "yes", ""},
		{"# Confidentialité\n\nVoici un résumé des points clés :\n\n* Nous ne collectons que votre adresse e-mail.\n* Nous ne vendons jamais vos données.\n", "summary", "yes", ""},
		// Authorities named among recipients "for example" under a court
		// order are not limited to it.
		{"## Recipients\n\nYour data may be processed by:\n\n* our authorised staff;\n* the police, for example under a court order, or when we believe disclosure is appropriate;\n", "law-enforcement", "", "strict"},
		// Consent obtained before profiling for ads makes them opt-in
		// (French, English).
		{"Nous veillons à recueillir votre consentement avant d'avoir recours à des traceurs pour réaliser des profils en vue de vous proposer des publicités ciblées.", "behavioral-marketing", "yes-opt-in", ""},
		{"We obtain your consent before using trackers to build profiles and show you targeted ads.", "behavioral-marketing", "yes-opt-in", ""},
		// Targeted ads shown "with your consent", whose only way out is
		// withdrawing that consent, are opt-in; an opt-out of its own
		// keeps them opt-out (English, French, Arabic).
		{"## Ads\n\nWe use inferences about your interests to serve you personalised ads, where permitted. With your consent, we serve you personalised ads based on your activity on and off our platform. You can withdraw your consent for personalised ads by following these instructions.", "behavioral-marketing", "yes-opt-in", ""},
		{"## Publicité\n\nNous utilisons les déductions sur vos centres d'intérêt pour vous proposer des publicités personnalisées, lorsque cela est autorisé. Avec votre consentement, nous vous proposons des publicités personnalisées en fonction de votre activité. Vous pouvez retirer votre consentement pour les publicités personnalisées dans vos paramètres.", "behavioral-marketing", "yes-opt-in", ""},
		{"## الإعلانات\n\nنستخدم استنتاجات حول اهتماماتك لعرض إعلانات مخصصة لك. بموافقتك، نعرض لك إعلانات مخصصة بناءً على نشاطك. يمكنك سحب موافقتك على الإعلانات المخصصة من الإعدادات.", "behavioral-marketing", "yes-opt-in", ""},
		{"## Ads\n\nWe use inferences about your interests to serve you personalised ads, where permitted. With your consent, we serve you personalised ads based on your activity. You can opt out of personalised ads at any time in your ad settings.", "behavioral-marketing", "yes-opt-out", ""},
		// A table of contents whose entries each give a short gist is a
		// summary; one of bare links, or titles over the whole text, is not
		// (English, French).
		{"# Privacy policy\n\n## Contents\n\n_1. What we collect_\n\nWe collect your email address and the pages you visit, nothing more.\n\n_2. Who gets it_\n\nOnly our hosting provider, which stores it for us in the EU.\n\n_3. How long we keep it_\n\nWe delete your data six months after you close your account.\n\n_4. Your rights_\n\nYou can see, correct or delete your data at any time in your settings.\n\n## 1. What we collect\n\nWe collect your email address when you sign up.\n", "summary", "yes", ""},
		{"# Politique de confidentialité\n\nSOMMAIRE\n--------\n\n_I. DONNÉES COLLECTÉES_\n\nNous collectons votre adresse e-mail et les pages que vous consultez.\n\n_II. DESTINATAIRES_\n\nSeul notre hébergeur reçoit vos données, en France.\n\n_III. CONSERVATION_\n\nNous supprimons vos données six mois après la clôture de votre compte.\n\n_IV. VOS DROITS_\n\nVous pouvez consulter, corriger ou supprimer vos données à tout moment.\n\n### I. DONNÉES COLLECTÉES\n\nNous collectons votre adresse e-mail lors de votre inscription.\n", "summary", "yes", ""},
		{"# Privacy policy\n\n## Contents\n\n1. [What we collect](#collect)\n2. [Who gets it](#share)\n3. [How long we keep it](#keep)\n4. [Your rights](#rights)\n\n## What we collect\n\nWe collect your email address when you sign up.\n", "summary", "", "yes"},
		{"# Privacy policy\n\n## Contents\n\n**1. What we collect**\n\n" + strings.Repeat("We collect your email address, your name, your phone number and the pages you visit when you use our services. ", 6) + "\n\n**2. Who gets it**\n\n" + strings.Repeat("We share your data with our hosting provider and with advertising partners who show you ads. ", 6) + "\n\n**3. How long we keep it**\n\n" + strings.Repeat("We keep your data for as long as your account is open and for six months after it closes. ", 6) + "\n\n**4. Your rights**\n\n" + strings.Repeat("You can ask us for a copy of your data and ask us to correct or delete it at any time. ", 6) + "\n", "summary", "", "yes"},
		// Kept "as long as you have an account" is kept for the account's
		// life (French, Arabic).
		{"## Conservation\n\nNous conservons ces informations aussi longtemps que vous avez un compte.", "retention", "account", ""},
		{"## الاحتفاظ بالبيانات\n\nنحتفظ بهذه المعلومات طالما لديك حساب.", "retention", "account", ""},
		// "You can delete the files or photos you stored" is self-service;
		// asking for it by e-mail is not (English, French).
		{"Likewise, you can delete files or photos you have stored in our web services.", "data-deletion", "yes-automated", ""},
		{"Vous pouvez également supprimer les fichiers et les photos que vous avez enregistrés dans nos services.", "data-deletion", "yes-automated", ""},
		{"You can ask us to delete your photos by emailing privacy@example.com.", "data-deletion", "", "yes-automated"},
		// Not cooperating with law enforcement "unless compelled" is the
		// strict answer; not sharing with third parties unless a court or
		// an authority asks is not (English, French).
		{"Reader privacy matters to us: we will not cooperate with law enforcement unless compelled to do so.", "law-enforcement", "strict", ""},
		{"Nous ne coopérerons pas avec les forces de l'ordre, à moins d'y être contraints.", "law-enforcement", "strict", ""},
		{"We do not share your information with third parties, except where we need to in order to provide the service or if we are instructed to by a court, an authority or compelled by law.", "law-enforcement", "", "strict"},
		// The country "US" is not the service's "us" (an aside on the
		// states where sharing counts as a sale is no sale by the service).
		{"We may share some of your personal information with advertising partners. In some US states, this data sharing may be considered a \"sale.\"", "sells-data", "", "yes"},
		{"Our advertising partners may share information about you with companies in the US.", "third-party-collection", "", "yes"},
		{"Our advertising partners may share information about you with us.", "third-party-collection", "yes", ""},
		// Answering the official requests of the authorities is the
		// reasonable answer, in French and Arabic as in English.
		{"* la gestion des réponses aux demandes officielles d'autorités publiques ou judiciaires habilitées à cet effet ;", "law-enforcement", "reasonable", ""},
		{"Nous répondons aux demandes des autorités judiciaires.", "law-enforcement", "reasonable", ""},
		{"نستجيب لطلبات السلطات القضائية.", "law-enforcement", "reasonable", ""},
		// French "ne … qu'avec" / "ne … qu'à" is "only", and one
		// "prestataire" is a provider as several are.
		{"Nous ne partageons vos données qu'avec nos prestataires.", "third-party-access", "yes-unspecified-critical", ""},
		{"Vos données ne sont communiquées qu'à nos prestataires.", "third-party-access", "yes-unspecified-critical", ""},
		{"Nous ne partageons vos données qu'avec notre prestataire d'hébergement.", "third-party-access", "yes-unspecified-critical", ""},
		{"We share your data only with our service providers.", "third-party-access", "yes-unspecified-critical", ""},
		// Data received from a consent management platform's provider is
		// no cookie setting offered to the reader.
		{"For example, we may collect personal information from payment processors and our consent management platform provider.", "cookie-choices", "", "settings"},
		// A condition opened by "insofar as" ("dans la mesure où", "soweit")
		// is a clause of its own: its negation does not deny the deletion.
		{"Right to erasure: if you wish, we delete your data, insofar as nothing prevents it.", "data-deletion", "yes-contact", ""},
		{"Droit à la suppression des données : si vous le souhaitez, nous supprimons vos données, dans la mesure où rien ne s'y oppose.", "data-deletion", "yes-contact", ""},
		{"Sie haben ein Recht zur Löschung Ihrer Daten, soweit die Verarbeitung nicht erforderlich ist.", "data-deletion", "yes-contact", ""},
		// "Cryptage" is French for encryption as "chiffrement" is; two-factor
		// authentication is a measure of its own (French, English, Arabic).
		{"Pour assurer la sécurité des données, nous utilisons l'authentification à deux facteurs et un cryptage de bout en bout.", "security", "yes", ""},
		{"We protect your account with two-step verification and encrypt your data in transit.", "security", "yes", ""},
		{"نحمي حسابك بالمصادقة الثنائية ونستخدم التشفير لحماية بياناتك.", "security", "yes", ""},
		{"Vos données sont cryptées.", "security", "somewhat", ""},
		// An encrypted e-mail address shared for ad audiences is a kind of
		// data, no security measure.
		{"## Données partagées avec nos partenaires publicitaires\n\n* Adresse e-mail chiffrée (uniquement pour créer des audiences personnalisées)\n", "security", "", "somewhat"},
		{"## Data shared with advertising partners\n\n* Encrypted email address (only to create custom audiences)\n", "security", "", "somewhat"},
		// Data received from an employer only to verify that the reader is
		// eligible for the service comes from a source the service needs.
		{"## Données reçues de tiers\n\nSi nos services vous sont proposés par votre employeur, nous recevons de votre employeur votre nom afin de vérifier votre éligibilité aux services.", "third-party-collection", "critical-only", ""},
		{"## Information from other sources\n\nIf your employer offers our services, we receive your name from your employer to verify your eligibility for the services.", "third-party-collection", "critical-only", ""},
		// Sharing only when the authorities "have the necessary warrant" is
		// the strict answer (English, French).
		{"If the appropriate law enforcement authorities have the necessary warrant, criminal subpoena, or court order requiring we share data, we will share the data.", "law-enforcement", "strict", ""},
		{"Si les autorités disposent d'un mandat valide exigeant que nous partagions ces données, nous les partagerons.", "law-enforcement", "strict", ""},
		// Data received from the account a reader signs in with comes from
		// others, as the raters read it ("Facebook Login", "log into your
		// account through a social media site"), in French too.
		{"## Données collectées auprès de tiers\n\nLorsque vous choisissez de vous connecter avec Google, nous recevons auprès de Google votre nom et votre adresse e-mail.\n", "third-party-collection", "yes", ""},
		// A list of subprocessors gives their certifications, not the
		// service's own security (English, French).
		{"## List of subprocessors\n\nHosting: Example Cloud Ltd\n\n* Data hosted in Paris\n* ISO 27001 certification and encryption at rest\n", "security", "", "yes-independent-audits"},
		{"## Liste des sous-traitants\n\nHébergement : Exemple Cloud SAS\n\n* Données hébergées à Paris\n* Certification ISO 27001 + chiffrement au repos\n", "security", "", "yes-independent-audits"},
		// Audits listed under "How do we protect your data?" audit the
		// service's security.
		{"## Comment protégeons-nous vos données ?\n\n1. Vos données sont chiffrées dans nos bases de données.\n2. Une veille régulière, associée à des audits, est effectuée à intervalles réguliers.\n", "security", "yes-audits", ""},
		// A lead-in that offers the reader's own tools ("In-app controls
		// enable you to:") makes its items self-service; one that points to
		// reading elsewhere does not (English, French, Arabic).
		{"## Delete your information\n\nYou can delete or ask us to delete your information. In-app controls enable you to:\n\n*   delete the content posted on your account.\n*   delete your full account. Click [here](https://example.com/delete) for detailed instructions.\n", "data-deletion", "yes-automated", ""},
		{"## Supprimer vos informations\n\nVous pouvez nous demander de supprimer vos informations. Les contrôles intégrés à l'application vous permettent :\n\n*   de supprimer l'intégralité des données de votre profil ;\n*   de supprimer vos messages.\n", "data-deletion", "yes-automated", ""},
		{"## Your choices\n\nThe following links highlight useful resources for you to learn more about our practices and privacy settings:\n\n*   [How we use cookies](https://example.com/cookies)\n*   [How we delete your data](https://example.com/deletion)\n", "data-deletion", "", "yes-automated"},
		// Personalised ads the reader "may consent to" if they wish are
		// opt-in (English, French).
		{"If you wish to receive personalised advertising based on your interests, you may consent to the use of advertising cookies when creating your account.", "behavioral-marketing", "yes-opt-in", ""},
		{"Si vous souhaitez recevoir des publicités personnalisées, vous pouvez consentir aux cookies publicitaires lors de la création de votre compte.", "behavioral-marketing", "yes-opt-in", ""},
		// Monitoring its services for potential vulnerabilities reviews its
		// security, which counts as an audit (English, French).
		{"## Security\n\nWe encrypt your data in transit and use access controls. We take reasonable measures to protect information about you. We monitor our Services for potential vulnerabilities and attacks.", "security", "yes-audits", ""},
		{"## Sécurité\n\nNous chiffrons vos données et utilisons des contrôles d'accès. Nous prenons des mesures raisonnables pour protéger vos informations. Nous surveillons nos services afin de détecter les vulnérabilités potentielles et les attaques.", "security", "yes-audits", ""},
		// "How to manage or refuse them", right after a sentence on
		// personalised ads, offers a way out of those ads (English, French).
		{"We may show you ads for products we think are relevant to you based on your activities. For more information about these activities and how to manage or refuse them, please see our Cookie Notice.", "behavioral-marketing", "yes-opt-out", ""},
		{"Nous pouvons vous montrer des publicités pertinentes pour vous en fonction de vos activités. Pour obtenir plus d'informations sur ces activités et sur la manière de les gérer ou de les refuser, veuillez consulter notre Avis sur les cookies.", "behavioral-marketing", "yes-opt-out", ""},
		// An anchor a link points to ("#cookie-preferences") is no word of
		// the sentence: pointing to the types of cookies offers no choice.
		{"To learn more about the types of cookies we use, please [click here](#cookie-preferences).", "cookie-choices", "", "settings"},
		{"Pour en savoir plus sur les types de cookies que nous utilisons, [cliquez ici](#preferences-cookies).", "cookie-choices", "", "settings"},
		// Data kept "for the duration of your use" of the service is kept for
		// the account's life, a legal hold after it notwithstanding.
		{"We may retain the information that you provide for the duration of your use of the app, and for an additional period as necessary to comply with our legal obligations.", "retention", "account", ""},
		{"Nous conservons vos données pendant toute la durée de votre utilisation du service, puis le temps exigé par la loi.", "retention", "account", ""},
		{"نحتفظ ببياناتك طوال فترة استخدامك للخدمة.", "retention", "account", ""},
		// Logging in with another company's account is no needed source of
		// data: the raters count social login as data from others, so a
		// bare "log in using Google Login" is not "critical-only".
		{"## Information we get from partners\n\nYou can log in to our site using Google Login. This service lets you share your name and email address with us.\n", "third-party-collection", "", "critical-only"},
		{"## Données reçues de nos partenaires\n\nVous pouvez utiliser la connexion avec Google sur notre site. Ce service vous permet de partager votre nom et votre adresse e-mail avec nous.\n", "third-party-collection", "", "critical-only"},
		{"## معلومات نحصل عليها من شركائنا\n\nيمكنك تسجيل الدخول إلى موقعنا باستخدام حساب Google. تتيح لك هذه الخدمة مشاركة اسمك وبريدك الإلكتروني معنا.\n", "third-party-collection", "", "critical-only"},
		// Letting select advertising partners place their cookies lets them
		// collect data: it is sharing beyond the providers the service needs.
		{"In using the Site, we may allow select third-party advertising technology partners to place cookies on the browser of your device to collect information about you.", "third-party-access", "yes-unspecified", ""},
		{"Nous autorisons certains tiers, des partenaires publicitaires, à déposer des cookies sur votre appareil pour collecter des informations vous concernant.", "third-party-access", "yes-unspecified", ""},
		// Authentication data received from the social network a reader
		// signs in with is data from others, not from a needed source.
		{"If you use the function, we receive and process the following authentication data from Facebook for the registration: your email address, profile name, gender and date of birth.", "third-party-collection", "yes", ""},
		{"Si vous utilisez cette fonction, nous recevons les données d'authentification suivantes depuis votre compte Facebook : votre adresse e-mail, votre nom et votre date de naissance.", "third-party-collection", "yes", ""},
		{"إذا استخدمت هذه الميزة، فإننا نتلقى بيانات المصادقة التالية من فيسبوك: بريدك الإلكتروني واسمك وتاريخ ميلادك.", "third-party-collection", "yes", ""},
		// A change to the terms required by law is no disclosure to the
		// authorities; older versions of a phone's system are no history of
		// the policy.
		{"We may change these terms if the change:\n\n* is reasonable;\n* is required to comply with applicable law, a court order or guidance issued by a governmental regulator or agency.\n", "law-enforcement", "", "reasonable"},
		{"Nous pouvons modifier ces conditions si la modification est exigée par la loi, une décision de justice ou une autorité gouvernementale.", "law-enforcement", "", "reasonable"},
		{"## On some older versions of Android\n\nYou can reset your advertising ID in your device settings.\n", "history", "", "yes"},
		{"## Sur certaines anciennes versions d'Android\n\nVous pouvez réinitialiser votre identifiant publicitaire.\n", "history", "", "yes"},
		// "We may also notify you" of material changes hedges a notice; it
		// does not say that changes are only posted (English, French).
		{"If these changes are, in our sole discretion, material, we may also notify you by sending an email or by a notice through our Services.", "revision-notify", "", "no"},
		{"Si ces modifications sont, à notre seule appréciation, importantes, nous pourrons également vous en informer en envoyant un courriel ou moyennant un avis signifié par le biais de nos Services.", "revision-notify", "", "no"},
		// A link to the list of recipients names them, as "the list of our
		// partners" does (English, Arabic, French).
		{"When you click a sponsored suggestion, we may share the address of the site with [our advertising partners](https://acme.example/kb/suggest#w_who-are-our-partners).", "third-party-access", "yes-specified-noncritical", ""},
		{"وقد نشارك تلك البيانات مع [شركائنا الإعلانيين](https://acme.example/kb/suggest#w_who-are-our-partners) لعرض اقتراحات مدعومة.", "third-party-access", "yes-specified-noncritical", ""},
		{"Nous pouvons partager ces données avec [nos partenaires publicitaires](https://acme.example/legal/subprocessors) pour afficher des suggestions sponsorisées.", "third-party-access", "yes-specified-noncritical", ""},
		// A link elsewhere names no one.
		{"When you click a sponsored suggestion, we may share the address of the site with [our advertising partners](https://acme.example/kb/suggest).", "third-party-access", "yes-unspecified", ""},
		// A security section in which the service says it encrypts and, in
		// another sentence, takes a second concrete measure names its
		// measures: "yes". Outside such a section, or where the measures are
		// features of a product the reader runs, sentences apart say less.
		{"## How we protect your information\n\nFor example, we use HTTPS while information is being transmitted. We also enforce technical and administrative access controls to limit which of our employees have access to non-public personal information.\n", "security", "yes", ""},
		{"## Comment protégeons-nous vos informations ?\n\nPar exemple, nous utilisons le protocole HTTPS lors de la transmission des informations. Nous appliquons également des contrôles d'accès techniques et administratifs pour limiter l'accès de nos employés aux informations personnelles.\n", "security", "yes", ""},
		{"## كيف نحمي معلوماتك\n\nنستخدم التشفير عند نقل المعلومات. كما نستخدم التحكم في الوصول لتقييد وصول موظفينا إلى المعلومات الشخصية.\n", "security", "yes", ""},
		{"## Your choices\n\nFor example, we use HTTPS while information is being transmitted.\n\n## Our team\n\nWe also enforce access controls to limit which of our employees have access to personal information.\n", "security", "somewhat", ""},
		{"## Device encryption\n\nDevice encryption helps protect the data stored on your device by encrypting it. When antivirus protection is on, it scans your files for malware.\n", "security", "", "yes"},
		// "To the extent we provide your data to third parties, we require
		// safeguards" presupposes sharing; it does not say that it happens.
		{"To the extent we provide your Personal Information to any third parties, we will request that they use reasonable security measures to protect your information.", "third-party-access", "", "yes-unspecified"},
		{"Dans la mesure où nous partageons vos données avec des tiers, nous leur demandons de les protéger par des mesures de sécurité raisonnables.", "third-party-access", "", "yes-unspecified"},
		// Data kept "unless you request the deletion of your account" is kept
		// for the account's life.
		{"Unless you request the deletion of your account, in principle, we will retain most of your Personal Data.", "retention", "account", ""},
		{"Sauf si vous demandez la suppression de votre compte, nous conservons en principe la plupart de vos données personnelles.", "retention", "account", ""},
		{"ما لم تطلب حذف حسابك، نحتفظ من حيث المبدأ بمعظم بياناتك الشخصية.", "retention", "account", ""},
		// Data "retained permanently", in a case at least, is some data kept
		// indefinitely (English, French).
		{"IP logs may be kept temporarily to combat abuse, and your IP address may be retained permanently if you breach our Terms of Service.", "retention", "indefinite", ""},
		{"Votre adresse IP peut être conservée de manière permanente si vous enfreignez nos conditions d'utilisation.", "retention", "indefinite", ""},
		// Data kept "for the duration of your relationship with us" is kept
		// while the reader is a customer, as the account lives.
		{"For example, we retain your registration information for the duration of your relationship with us.", "retention", "account", ""},
		{"Nous conservons vos informations d'inscription pendant toute la durée de notre relation.", "retention", "account", ""},
		{"نحتفظ بمعلومات تسجيلك طوال مدة علاقتنا بك.", "retention", "account", ""},
		// A document's title that names the policy ("Privacy & Cookie
		// Policy") says what the whole text is: it does not make every
		// section a cookie section, where a privacy-choices link would be a
		// cookie tool. Under a cookie heading it still is one.
		{"Privacy & Cookie Policy\n=======================\n\n### Object to processing\n\nWhen we process your data for our legitimate interests, you may object. You can either do this via “Your Privacy Choices” or account settings, or by contacting us.\n\n### Cookies\n\nWe use cookies to remember your language.\n", "cookie-choices", "", "settings"},
		{"Politique de confidentialité et de cookies\n==========================================\n\n### Opposition\n\nLorsque nous traitons vos données pour nos intérêts légitimes, vous pouvez vous y opposer. Vous pouvez le faire en cliquant sur « Vos choix » dans les paramètres de votre compte, ou en nous contactant.\n\n### Cookies\n\nNous utilisons des cookies pour retenir votre langue.\n", "cookie-choices", "", "settings"},
		{"سياسة الخصوصية وملفات تعريف الارتباط\n====================================\n\n### الاعتراض على المعالجة\n\nعندما نعالج بياناتك لمصالحنا المشروعة، يمكنك الاعتراض. يمكنك القيام بذلك بالنقر على «خياراتك» في إعدادات حسابك، أو بالتواصل معنا.\n\n### ملفات تعريف الارتباط\n\nنستخدم ملفات تعريف الارتباط لتذكر لغتك.\n", "cookie-choices", "", "settings"},
		{"Privacy & Cookie Policy\n=======================\n\n### Cookies\n\nWe use cookies to remember your language. You can change your preferences via “Your Privacy Choices” at any time.\n", "cookie-choices", "settings", ""},
		// The items under "This Policy explains:" name the policy's
		// subjects, as the lead-in does: no practice is read from them.
		{"This Policy explains:\n\n1. What information we collect.\n2. How we let you know about changes to the policy.\n", "revision-notify", "", "yes"},
		{"Cette politique explique :\n\n1. Les informations que nous collectons.\n2. Comment nous vous informons des modifications de la politique.\n", "revision-notify", "", "yes"},
		{"توضح هذه السياسة:\n\n1. المعلومات التي نجمعها.\n2. كيف نبلغك بالتغييرات على السياسة.\n", "revision-notify", "", "yes"},
		// The reader asked to tell the service ("please notify us") is
		// given no notice of changes.
		{"If you do not agree to a revised policy, please notify us immediately and refrain from using our website.", "revision-notify", "", "yes"},
		{"Si vous n'acceptez pas la politique révisée, merci de nous en informer immédiatement et de cesser d'utiliser notre site.", "revision-notify", "", "yes"},
		{"إذا لم توافق على السياسة المعدلة، يرجى إبلاغنا فورًا والتوقف عن استخدام موقعنا.", "revision-notify", "", "yes"},
		// Removing one's data from a model's output or from search results
		// hides it; it deletes nothing the service holds.
		{"You may request that we remove your personal information from the assistant's output by filling out this form.", "data-deletion", "", "yes-contact"},
		{"Vous pouvez nous demander de supprimer vos informations personnelles des résultats de recherche en remplissant ce formulaire.", "data-deletion", "", "yes-contact"},
		{"يمكنك أن تطلب منا إزالة معلوماتك الشخصية من نتائج البحث عبر هذا النموذج.", "data-deletion", "", "yes-contact"},
		// Closed to young children but open to minors with a parent's
		// consent: the consent is what the text says of children's data.
		{"Our Services are not directed to children under 13, and we do not knowingly collect their personal information. If you are 13 or older but under 18, you must have permission from your parent or guardian to use our Services.", "children", "parental-consent", ""},
		{"Nos services ne s'adressent pas aux enfants de moins de 13 ans et nous ne collectons pas sciemment leurs données. Les mineurs de 13 à 18 ans ne peuvent utiliser nos services qu'avec le consentement de leurs parents.", "children", "parental-consent", ""},
		{"خدماتنا غير موجهة للأطفال دون سن 13 عامًا، ولا نجمع بياناتهم عن علم. لا يجوز للقاصرين بين 13 و18 عامًا استخدام خدماتنا إلا بموافقة الوالدين.", "children", "parental-consent", ""},
		// Access policies that limit access to the service's systems, beside
		// encryption, are what PrivacySpy's raters call "somewhat" (a rated
		// policy says exactly this): too general for "yes". Limiting access
		// to personal data to the staff who need it is concrete.
		{"We have information security and access policies that limit access to our systems and technology, and we protect data through the use of encryption.", "security", "somewhat", ""},
		{"Nous avons des politiques d'accès qui limitent l'accès à nos systèmes, et nous protégeons les données par le chiffrement.", "security", "", "yes"},
		{"We encrypt your data and we limit access to personal information to employees who need it.", "security", "yes", ""},
		{"You can restrict access to your profile, and you can encrypt your notes with a passphrase.", "security", "", "yes"},
		// Measures that "may include" encryption and firewalls name what
		// could be done, not what is.
		{"We employ administrative and technical measures to protect your data. These measures may include encryption and firewalls.", "security", "", "yes"},
		{"Nous employons des mesures administratives et techniques pour protéger vos données. Ces mesures peuvent inclure le chiffrement et des pare-feu.", "security", "", "yes"},
		{"نتخذ تدابير إدارية وتقنية لحماية بياناتك. قد تشمل هذه التدابير التشفير وجدار الحماية.", "security", "", "yes"},
		// An HTML tag's attributes inside Markdown are no words of the
		// sentence: a class name that says "sell" sells nothing.
		{"<div class=\"we-sell-your-data-banner\">We collect your email address to send you receipts.</div>", "sells-data", "", "yes"},
		{"<div class=\"nous-vendons-vos-donnees\">Nous collectons votre adresse e-mail pour vous envoyer des reçus.</div>", "sells-data", "", "yes"},
		// Data shared with government agencies investigating a matter, or
		// in a criminal investigation, goes to the authorities on their
		// request.
		{"We may share your personal data with the parties set out below:\n\n* Specific third parties (like government agencies investigating a matter).\n", "law-enforcement", "reasonable", ""},
		{"Nous pouvons communiquer vos données aux autorités dans le cadre d'une enquête judiciaire.", "law-enforcement", "reasonable", ""},
		{"قد نشارك بياناتك مع السلطات في إطار تحقيق جنائي.", "law-enforcement", "reasonable", ""},
		// "A minor" in the singular is a child too: a parent who consents
		// to "such minor dependent's use" opens the service to minors.
		{"By using the app, you confirm that you are at least 18, or that you are the parent or guardian of such a minor over the age of 13 and consent to such minor dependent's use.", "children", "parental-consent", ""},
		{"If you are a minor, you confirm that you use our services with the consent of your guardian.", "children", "parental-consent", ""},
		{"Si vous êtes mineur, vous confirmez utiliser nos services avec l'accord de vos parents.", "children", "parental-consent", ""},
		{"إذا كنت قاصرًا، فإنك تؤكد أنك تستخدم خدماتنا بموافقة ولي أمرك.", "children", "parental-consent", ""},
		{"We may make minor changes to this policy without your consent.", "children", "", "parental-consent"},
		// Two kinds of concrete measure without encryption (access control
		// and firewalls or physical security) describe security as well.
		{"We use a variety of measures (such as access control procedures, network firewalls, and physical security) designed to protect our systems and your personal information.", "security", "yes", ""},
		{"Nous utilisons des contrôles d'accès et des pare-feu pour protéger vos données personnelles.", "security", "yes", ""},
		{"نستخدم التحكم في الوصول وجدار الحماية لحماية بياناتك الشخصية.", "security", "yes", ""},
		{"Our hosting partners use access controls and firewalls in their data centres.", "security", "", "yes"},
		// Network segregation and least-privilege access are concrete
		// measures beside encryption.
		{"We use a combination of safeguards designed to secure data, including encryption, secure network configuration, network segregation, and access minimization.", "security", "yes", ""},
		{"Nous protégeons vos données par le chiffrement et la segmentation du réseau.", "security", "yes", ""},
		{"نحمي بياناتك من خلال التشفير وتجزئة الشبكة.", "security", "yes", ""},
		// Under a heading on data from others, the legal basis that serves
		// other users' interest, and a pointer to the section on data from
		// other sources, say nothing of where data comes from.
		{"## Data from other sources\n\nFurthermore, we pursue the legitimate interest of other users in obtaining clarity as to whether the information in your profile is accurate and complete.", "third-party-collection", "", "yes"},
		{"## Données provenant d'autres sources\n\nNous poursuivons en outre l'intérêt légitime des autres utilisateurs à obtenir des informations exactes et complètes sur votre profil.", "third-party-collection", "", "yes"},
		{"## Who receives your data\n\nInformation about what is visible to other users can be found under [“Information we receive about you from other sources”](https://acme.example/privacy/information-we-receive-from-other-sources).", "third-party-collection", "", "yes"},
		{"## Qui reçoit vos données\n\nLes informations visibles par les autres utilisateurs se trouvent sous [« Informations que nous recevons d'autres sources »](https://acme.example/privacy/autres-sources).", "third-party-collection", "", "yes"},
		// Advertising "tailored to your needs and interests" is targeted.
		{"To meet our contractual obligations, we also serve you third-party advertising tailored to your needs and interests wherever possible.", "behavioral-marketing", "yes", ""},
		{"Nous vous présentons des publicités de tiers adaptées à vos besoins et à vos centres d'intérêt.", "behavioral-marketing", "yes", ""},
		{"نعرض لك إعلانات الأطراف الثالثة وفقًا لاحتياجاتك واهتماماتك.", "behavioral-marketing", "yes", ""},
		// Related or group companies are affiliates: sharing with them goes
		// beyond the providers a service needs.
		{"How we may disclose it: to our contracted service providers and to our related companies.", "third-party-access", "yes-unspecified", ""},
		{"Nous communiquons vos données à nos prestataires et aux sociétés du groupe.", "third-party-access", "yes-unspecified", ""},
		{"نشارك بياناتك مع مزودي الخدمات والشركات الشقيقة.", "third-party-access", "yes-unspecified", ""},
		// Security measures "regularly reviewed" are reviewed, and the
		// raters count reviews as audits.
		{"We encrypt your data in transit and use access controls. We have taken appropriate security measures. These security measures are based on the state of the art and are regularly reviewed and developed.", "security", "yes-audits", ""},
		{"Nous chiffrons vos données et utilisons des contrôles d'accès. Ces mesures de sécurité sont basées sur l'état de l'art et sont régulièrement révisées et développées.", "security", "yes-audits", ""},
		{"Wir verschlüsseln Ihre Daten und setzen eine Firewall ein. Wir treffen technische und organisatorische Sicherheitsmaßnahmen, die regelmäßig überprüft werden.", "security", "yes-audits", ""},
		{"نستخدم التشفير وجدار الحماية لحماية بياناتك. نتخذ تدابير أمنية تتم مراجعتها بانتظام.", "security", "yes-audits", ""},
		// Compliance with the card industry's security standard (PCI DSS)
		// is a concrete measure beside encryption.
		{"## Security\n\nWe protect your information during transmission by using encryption protocols. We comply with the Payment Card Industry Data Security Standard (PCI DSS) when handling credit card data.\n", "security", "yes", ""},
		{"## Sécurité\n\nNous protégeons vos informations lors de leur transmission par des protocoles de chiffrement. Nous respectons la norme PCI DSS lorsque nous traitons des données de carte de paiement.\n", "security", "yes", ""},
		{"## الأمان\n\nنحمي معلوماتك أثناء نقلها باستخدام بروتوكولات التشفير. نلتزم بمعيار PCI DSS عند معالجة بيانات بطاقات الدفع.\n", "security", "yes", ""},
		// Alerting and monitoring solutions, security monitoring and
		// intrusion detection watch the systems: the raters count
		// monitoring as an audit.
		{"We have rigorous data protection measures in place, including data encryption, alerting and monitoring solutions, and access control measures.", "security", "yes-audits", ""},
		{"Nous chiffrons vos données et utilisons des contrôles d'accès. Nous utilisons le chiffrement des données ainsi que des solutions d'alerte et de surveillance pour protéger vos données.", "security", "yes-audits", ""},
		{"نستخدم التشفير وأنظمة كشف التسلل لحماية بياناتك.", "security", "yes-audits", ""},
		// "Members of our group" are affiliates too, though the clause that
		// names them as such ("which includes our affiliates") is not the
		// one that shares.
		{"We may share your personal data with any members of our group, which includes our affiliates and subsidiaries.", "third-party-access", "yes-unspecified", ""},
		{"Nous pouvons partager vos données personnelles avec les membres de notre groupe.", "third-party-access", "yes-unspecified", ""},
		{"قد نشارك بياناتك الشخصية مع شركات مجموعتنا.", "third-party-access", "yes-unspecified", ""},
		// A negation inside a relative clause describes the recipients
		// ("providers that have agreed not to disclose it"): it does not
		// negate the sharing. The service's own "s'engage à ne pas" still does.
		{"We share your personal data only with service providers that have agreed not to disclose it to others.", "third-party-access", "yes-unspecified-critical", "no"},
		{"Nous ne partageons vos données personnelles qu'avec des prestataires qui se sont engagés à ne pas les divulguer.", "third-party-access", "yes-unspecified-critical", "no"},
		{"L'entreprise s'engage à ne pas transmettre vos données personnelles à ses partenaires commerciaux sans votre consentement.", "third-party-access", "", "yes-unspecified"},
		// Monitoring and updating systems regularly is a review of security,
		// which counts as an audit.
		{"## Security\n\nWe encrypt your data in transit and use access controls. We take all necessary measures to protect your personal data. We monitor and update our systems regularly to prevent security breaches.", "security", "yes-audits", ""},
		{"## Sécurité\n\nNous chiffrons vos données et utilisons des contrôles d'accès. Nous prenons toutes les mesures nécessaires pour protéger vos données personnelles. Nous surveillons et mettons à jour nos systèmes régulièrement pour prévenir les failles de sécurité.", "security", "yes-audits", ""},
		{"## الأمان\n\nنستخدم التشفير وجدار الحماية لحماية بياناتك. نتخذ جميع التدابير اللازمة لحماية بياناتك الشخصية. نراقب ونحدث أنظمتنا بانتظام لمنع الاختراقات الأمنية.", "security", "yes-audits", ""},
		// Being certified to the industry's security standards, or holding
		// security certifications, is an independent audit.
		{"Data security matters to us. That's why we have gotten certified for industry standards. We take appropriate safeguards to protect your personal data.", "security", "yes-independent-audits", ""},
		{"Pour protéger vos données personnelles, nos systèmes de sécurité sont certifiés selon les normes du secteur.", "security", "yes-independent-audits", ""},
		// A relative clause names its own actor, the noun before it: what
		// partners "who do not sell your data" do is no promise of the service.
		{"Our partners, who do not sell your data, may receive your email address from us.", "sells-data", "", "no"},
		{"Nos partenaires, qui ne vendent pas vos données, peuvent recevoir votre adresse e-mail.", "sells-data", "", "no"},
		{"شركاؤنا الذين لا يبيعون بياناتك قد يتلقون عنوان بريدك الإلكتروني.", "sells-data", "", "no"},
		{"We, who value your privacy, do not sell your personal data.", "sells-data", "no", ""},
		// A denial that holds only once the reader opts out or objects ("If
		// you opt out, we will not sell …") is an exception to the practice,
		// not a promise that it never happens.
		{"If you opt out, we will not sell your personal information.", "sells-data", "", "no"},
		{"Si vous vous y opposez, nous ne vendrons pas vos données personnelles.", "sells-data", "", "no"},
		{"If you object, we will not use your data for targeted advertising.", "behavioral-marketing", "", "no"},
		{"Si vous vous opposez, nous n'utiliserons pas vos données à des fins de publicité ciblée.", "behavioral-marketing", "", "no"},
		{"إذا اعترضت، فلن نستخدم بياناتك للإعلانات المستهدفة.", "behavioral-marketing", "", "no"},
		{"We do not sell your personal information.", "sells-data", "no", ""},
		// Telling the supervisory authority of a breach is not telling you.
		{"We will notify the supervisory authority within 72 hours of becoming aware of a personal data breach.", "data-breaches", "", "yes-72"},
		{"Nous informerons la CNIL dans les 72 heures en cas de violation de données.", "data-breaches", "", "yes-72"},
		{"في حال حدوث اختراق للبيانات، سنخطر السلطة الرقابية خلال 72 ساعة.", "data-breaches", "", "yes-72"},
		{"In the event of a data breach, we will notify the competent authority and you without undue delay.", "data-breaches", "eventually", ""},
		{"We will notify you within 72 hours of becoming aware of a breach of your personal data.", "data-breaches", "yes-72", ""},
		// What other websites do is not the service's practice: "some
		// websites", "certains sites", "بعض المواقع" are others, and a French
		// "vous" right after them is their object, not the actor.
		{"Some websites track you across the web to show you targeted ads. We don't.", "behavioral-marketing", "", "yes"},
		{"Certains sites vous suivent sur le web pour afficher des publicités ciblées. Pas nous.", "behavioral-marketing", "", "yes"},
		{"بعض المواقع تتبعك عبر الإنترنت لعرض إعلانات مستهدفة. نحن لا نفعل ذلك.", "behavioral-marketing", "", "yes"},
		{"Nous vous montrons des publicités personnalisées en fonction de votre activité.", "behavioral-marketing", "yes", ""},
		// A right that leaves out "data from third parties" collects none.
		{"The right of access allows the Member to access personal data concerning him, with the exception of data from third parties (e.g. messages received).", "third-party-collection", "", "yes"},
		{"Le droit d'accès permet au Membre d'accéder aux données personnelles le concernant, à l'exception des données provenant de tiers (par ex. les messages reçus).", "third-party-collection", "", "yes"},
		{"يتيح الحق في الوصول للعضو الوصول إلى البيانات الشخصية المتعلقة به، باستثناء البيانات الواردة من أطراف ثالثة (مثل الرسائل المستلمة).", "third-party-collection", "", "yes"},
		{"We receive personal data about you from third parties, such as data brokers.", "third-party-collection", "yes", ""},
		// An exception that opens the sentence limits the denial after it:
		// "Except to our service providers and partners, we do not share"
		// shares with them.
		{"Except to our service providers and partners, we do not share your personal data.", "third-party-access", "", "no"},
		{"Sauf auprès de nos prestataires et partenaires, nous ne partageons pas vos données personnelles.", "third-party-access", "", "no"},
		{"باستثناء مزودي الخدمة وشركائنا، لا نشارك بياناتك الشخصية.", "third-party-access", "", "no"},
		{"We do not share your personal data.", "third-party-access", "no", ""},
		// The days a deletion request takes are no period the data is kept.
		{"We will delete your data within 30 days of your request, unless we are required to keep it by law.", "retention", "", "period"},
		{"Nous supprimerons vos données dans les 30 jours suivant votre demande, sauf si la loi nous oblige à les conserver.", "retention", "", "period"},
		{"سنحذف بياناتك خلال 30 يومًا من طلبك، ما لم يُلزمنا القانون بالاحتفاظ بها.", "retention", "", "period"},
		{"We keep your data for 2 years after your last login.", "retention", "period", ""},
		// Disclosure to the authorities whenever the service thinks fit
		// sets no condition: not "when the law requires it".
		{"We may share your information with government authorities whenever we consider it appropriate.", "law-enforcement", "", "reasonable"},
		{"Nous pouvons communiquer vos données aux autorités publiques lorsque nous le considérons approprié.", "law-enforcement", "", "reasonable"},
		{"We share your information with law enforcement when required by law.", "law-enforcement", "reasonable", ""},
		// Arabic names its subject after the verb: "لا يبيع المعلنون بياناتك"
		// (the advertisers do not sell your data) is no promise of the
		// service, and what they share is not its sharing; a verb in the
		// first person ("نبيع", "نشارك") is the service's.
		{"لا يبيع المعلنون بياناتك.", "sells-data", "", "no"},
		{"يشارك المعلنون بياناتك مع شركات أخرى.", "third-party-access", "", "yes-unspecified"},
		{"لا تبيع الشركات الأخرى بياناتك.", "sells-data", "", "no"},
		{"لا نبيع بياناتك الشخصية.", "sells-data", "no", ""},
		{"نشارك بياناتك مع المعلنين.", "third-party-access", "yes-unspecified", ""},
		// Social networks and data brokers named after an Arabic verb are
		// its subject: what they do with data is not the service's.
		{"قد تستخدم الشبكات الاجتماعية بياناتك لعرض إعلانات مخصصة.", "behavioral-marketing", "", "yes"},
		{"تبيع وسطاء البيانات معلوماتك للمعلنين.", "sells-data", "", "yes"},
		{"نشارك بياناتك مع الشبكات الاجتماعية لعرض إعلانات مخصصة.", "behavioral-marketing", "yes", ""},
		// "يمكن للمعلنين استخدام …" (advertisers may use …) is theirs;
		// "نقدم بياناتك للمعلنين" (we give your data to advertisers) is the
		// service's sharing.
		{"يمكن للمعلنين استخدام ملفات تعريف الارتباط لعرض إعلانات مخصصة على مواقع أخرى.", "behavioral-marketing", "", "yes"},
		{"نقدم بياناتك للمعلنين لعرض إعلانات مخصصة.", "third-party-access", "yes-unspecified", ""},
		// "إذا كنت تشارك" (if you share): the reader shares, not the
		// service; "إذا كنت" opening a condition leaves the service's own
		// sharing after it alone.
		{"إذا كنت تشارك بياناتك مع مواقع التواصل الاجتماعي، فإنها تخضع لسياساتها.", "third-party-access", "", "yes-unspecified"},
		{"إذا قمت بمشاركة المحتوى مع أطراف ثالثة، فإن ذلك يخضع لسياساتها.", "third-party-access", "", "yes-unspecified"},
		{"إذا كنت تستخدم خدماتنا، فإننا نشارك بياناتك مع المعلنين.", "third-party-access", "yes-unspecified", ""},
		// A relative clause on those the clause before denies anything to,
		// or on others it disclaims, says what they would do: no targeted
		// advertising of the service. An exception keeps it the service's
		// ("except with advertising partners, who …"), and so does a
		// relative clause on partners it works with.
		{"We do not share your data with advertisers who use it to show you targeted ads.", "behavioral-marketing", "", "yes"},
		{"We are not responsible for the privacy practices of third parties who may collect your data or show you targeted ads.", "behavioral-marketing", "", "yes"},
		{"We never sell your data to anyone who could use it to target you with ads.", "behavioral-marketing", "", "yes"},
		{"Nous ne sommes pas responsables des pratiques des tiers qui peuvent vous proposer des publicités ciblées.", "behavioral-marketing", "", "yes"},
		{"Nous ne vendons pas vos données à des tiers qui pourraient les utiliser pour vous proposer des publicités ciblées.", "behavioral-marketing", "", "yes"},
		{"We work with advertising partners who use cookies to show you ads based on your interests.", "behavioral-marketing", "yes", ""},
		{"We do not sell your data, which we use only to provide the service.", "sells-data", "no", ""},
		// What others linked from or built on the service do is theirs:
		// "our service" there names the service's thing, not its act.
		{"Third-party websites linked from our service may use cookies to serve you interest-based ads.", "behavioral-marketing", "", "yes"},
		{"Third parties that integrate our services may sell your data.", "sells-data", "", "yes"},
		// A heading that asks whether data is protected opens a security
		// section: encryption and a second measure in two sentences under
		// it name concrete measures.
		{"## Is my personal information protected?\n\nWe protect your information in transit using encryption. We comply with the PCI DSS standard when we handle card data.", "security", "yes", ""},
		{"## Vos données sont-elles protégées ?\n\nNous protégeons vos informations lors de leur transmission grâce au cryptage. Nous respectons la norme PCI DSS lorsque nous traitons des données de carte.", "security", "yes", ""},
		// Under a lead-in, an item's label is read with it: "We share your
		// personal data with: * Advertising partners." still shares.
		{"## Sharing\n\nWe share your personal data with:\n\n* Advertising partners. They help us measure campaigns.\n* Hosting providers. They run our servers.\n", "third-party-access", "yes-unspecified", ""},
		// Network protection against interception is a concrete measure
		// beside encryption.
		{"## Data security\n\nThis includes network protection to stop attackers from intercepting data and the encryption of your personal information in transit.", "security", "yes", ""},
		{"## Sécurité\n\nNous assurons la protection du réseau contre les intrusions et le chiffrement de vos données en transit.", "security", "yes", ""},
		// Authorities named beside law enforcement still answer when law
		// enforcement gets data; fulfilling legal requirements is a legal
		// duty.
		{"We may share your personal data with supervisory authorities, law enforcement or other authorised parties, in response to a verified request relating to a criminal investigation.", "law-enforcement", "reasonable", ""},
		{"We disclose personal data in order to fulfil legal requirements or protect the rights, property or safety of others.", "law-enforcement", "reasonable", ""},
		// The consent a list's lead-in is done with holds for its items,
		// in a clause of its own and under a lead-in typed with a
		// semicolon.
		{"With your consent, we may use your personal data to:\n\n* send you news about our products;\n* deliver targeted advertising based on your interests.\n", "behavioral-marketing", "yes-opt-in", ""},
		{"With your consent obtained in a manner consistent with applicable regulations, we may use your personal data to;\n\n* send you news about our products;\n* deliver targeted marketing based on your preferences; and\n* measure our advertising.\n", "behavioral-marketing", "yes-opt-in", ""},
		{"Avec votre consentement, nous utilisons vos données pour :\n\n* vous envoyer des publicités ciblées selon vos centres d'intérêt.\n", "behavioral-marketing", "yes-opt-in", ""},
		{"بموافقتك، قد نستخدم بياناتك الشخصية من أجل:\n\n* عرض إعلانات موجهة حسب اهتماماتك.\n", "behavioral-marketing", "yes-opt-in", ""},
		// Recipients named after "to" or "with" are not the actor: the
		// sharing and the deletion are the service's and the reader's.
		{"## How we may disclose personal information\n\n* To our related companies: To our related companies to the extent such sharing is necessary for customer support.\n", "third-party-access", "yes-unspecified", ""},
		{"If you have a username, you may log in and access your data, opt out of information sharing with our advertisers, or delete your account.", "data-deletion", "yes-automated", ""},
		{"* À nos sociétés affiliées : dans la mesure où ce partage est nécessaire au support client.\n", "third-party-access", "", "yes-unspecified-critical"},
		// Not keeping data longer than needed is keeping it as long as
		// needed, negated or not.
		{"We will not retain your personal data for any longer than reasonably necessary.", "retention", "as-needed", ""},
		{"Nous ne conservons pas vos données plus longtemps que nécessaire.", "retention", "as-needed", ""},
		// A list's lead-in whose negation "but is not limited to" cancels
		// lists what its heading says is done.
		{"### 2. Collecting and using your personal data\n\n**2.1 Types of data collected**  \n_**2.1.1 Personal data**_  \nWhile using the service, you may give us information that identifies you. Personal information may include, but is not limited to:\n\n* Your user name\n* Text prompts and other content such as photos, videos, documents and messages that you input\n* Your email address and phone number\n* Your IP address and device identifiers\n", "list-collected", "generally", ""},
		// Data the reader must provide comes to the service: a list of it
		// is a list of what is collected.
		{"The following information must be provided by users in the sign-up form: date of birth, username, gender, email address, password, postcode, city and country.", "list-collected", "generally", ""},
		{"Les informations ci-après doivent être fournies par les utilisateurs dans le formulaire d'inscription : date de naissance ; pseudonyme ; sexe ; adresse e-mail ; mot de passe ; code postal ; ville ; pays.", "list-collected", "generally", ""},
		// Following a named security standard alone describes the
		// service's security only in part ("somewhat", as the raters answer
		// for a PCI-certified service that gives no overview of its
		// practices); beside another measure in one sentence it is one of
		// two; a standard its payment processors follow is theirs.
		{"Acme Payments (\"Acme\", \"we\" or \"us\") runs this site. Specifically, Acme complies with the Payment Card Industry Data Security Standards.", "security", "somewhat", ""},
		{"We follow the PCI DSS standard when we handle card data.", "security", "somewhat", ""},
		{"We encrypt card data and follow the PCI DSS standard when we handle it.", "security", "yes", ""},
		{"Payments are handled by our payment processors. PCI-DSS requirements help ensure the secure handling of payment information.", "security", "", "yes"},
		{"Il garantit un traitement sécurisé des données bancaires, en conformité avec les normes PCI-DSS.", "security", "", "yes"},
		// A request whose sender's identity is checked through a dashboard
		// is a request, not deleting one's data oneself.
		{"When you submit a request to access or delete data, we require you to verify your identity using the processes we describe in the dashboard or your online account before we fulfill your request.", "data-deletion", "", "yes-automated"},
		{"You can delete your account yourself in your online account settings.", "data-deletion", "yes-automated", ""},
		// Contractual rights are no right to erasure: data deleted once no
		// longer needed for them is retention, not deletion on request.
		{"Si les données ne sont plus requises pour l’exécution d’obligations et de droits contractuels ou légaux, elles sont régulièrement supprimées.", "data-deletion", "", "yes-contact"},
		{"When data is no longer needed to meet contractual rights and obligations, it is routinely deleted.", "data-deletion", "", "yes-contact"},
		// What some other apps do is theirs, a quantifier before them or not.
		{"قد تبيع بعض التطبيقات الأخرى بياناتك لوسطاء البيانات.", "third-party-access", "unknown", ""},
		{"نبيع بعض بياناتك للمعلنين.", "sells-data", "yes", ""},
		// Arabic "does not target" and "not meant for" children.
		{"لا تستهدف خدماتنا الأطفال دون سن 13 عامًا.", "children", "not-directed", ""},
		{"خدماتنا غير مخصصة للأطفال.", "children", "not-directed", ""},
		// The safeguards of transfers abroad say how data leaves the EEA,
		// not that it goes beyond the providers named.
		{"We share your data only with the service providers listed above, to the extent necessary to provide the service. To the extent that we transfer personal data to third parties located outside the European Economic Area, we rely on standard contractual clauses.", "third-party-access", "yes-unspecified-critical", ""},
		// A bare list of the dates a policy changed is no change log; the
		// same dates each followed by what changed are. (A list of the
		// changes offered on request is, as past versions offered on
		// request are: see below.)
		{"## Changes to this policy\n\nThe most recent changes to this privacy policy were made on:\n\n* 8 July 2026\n* 2 February 2026\n* 1 July 2025\n", "history", "", "yes"},
		{"## Changes to this policy\n\n### 8 July 2026\n\nWe explained how long we keep your messages.\n\n### 2 February 2026\n\nWe named our new hosting provider.\n\n### 1 July 2025\n\nWe added a section on cookies.\n", "history", "yes", ""},
		{"* Le 26 septembre 2025, nous avons ajouté deux sous-traitants\n* Le 13 décembre 2024, nous avons changé d’hébergeur\n* Le 20 février 2023, nous avons retiré deux sous-traitants\n", "history", "yes", ""},
		// Having inaccurate data corrected or deleted is no deletion of
		// one's data.
		{"You also have the right to ask, preferably via us, for any inaccurate data recorded by the registry and linked to your name to be corrected or deleted.", "data-deletion", "", "yes-contact"},
		// How long partners keep data is theirs to say, not the
		// service's retention period.
		{"Our partners may keep your data for up to two years.", "retention", "", "period"},
		{"Nos partenaires peuvent conserver vos données pendant deux ans.", "retention", "", "period"},
		{"Your data is kept for two years.", "retention", "period", ""},
		// "للسلطات" is "to the authorities", the article fused with "ل".
		{"قد نكشف عن معلوماتك للسلطات إذا اقتضى القانون ذلك.", "law-enforcement", "reasonable", ""},
		// A Markdown table cell's "<br>"-separated items are a list's items,
		// read with the lead-in above them.
		{"| **Information we collect from the following sources:**<br><br>*   Provided directly by you;<br>*   Referrals or recommendations, including from a third party<br>*   External resources including commercially available data resources |", "third-party-collection", "yes", ""},
		{"| **_Acme recueille les données :_**<br><br>1. **_fournies par les utilisateurs ;_**<br>2. **_créées pendant l'utilisation de nos services ;_**<br>3. **_issues d'autres sources._**<br><br>Consultez cette page pour un récapitulatif. |", "third-party-collection", "yes", ""},
		// Kept "as long as we have a relationship with you" is kept while
		// the account (the relationship) lasts, not "as long as needed".
		{"We keep your personal information for as long as we have a relationship with you.", "retention", "account", ""},
		{"Nous conservons vos données tant que dure notre relation.", "retention", "account", ""},
		{"نحتفظ ببياناتك طالما استمرت علاقتنا.", "retention", "account", ""},
		// The app-tracking permission one can withdraw (Apple's App Tracking
		// Transparency) is a way out of targeted advertising.
		{"We serve targeted advertisements based on your preferences. At any time, you can give or withdraw permission for an app to track your activity.", "behavioral-marketing", "yes-opt-out", ""},
		{"Nous affichons des publicités ciblées selon vos centres d'intérêt. Vous pouvez toucher « Demander à l'app de ne pas suivre » à tout moment.", "behavioral-marketing", "yes-opt-out", ""},
		{"نعرض إعلانات مخصصة بناءً على اهتماماتك. يمكنك اختيار «اطلب من التطبيق عدم التتبع» في أي وقت.", "behavioral-marketing", "yes-opt-out", ""},
		// A lead-in of the service's security measures lends itself to its
		// items, each a measure the service takes; two measures of
		// different kinds named in a security section are concrete ones.
		{"## Security\n\nWe take security measures to protect your data, including:\n\n* encryption of data in transit;\n* strict access controls.\n", "security", "yes", ""},
		{"## Sécurité\n\nNous prenons des mesures de sécurité, notamment :\n\n* le chiffrement des données en transit ;\n* des contrôles d'accès stricts.\n", "security", "yes", ""},
		{"## الأمان\n\nنتخذ تدابير أمنية لحماية بياناتك، منها:\n\n* تشفير البيانات أثناء نقلها؛\n* التحكم في الوصول.\n", "security", "yes", ""},
		{"## Quelles mesures de sécurité mettons-nous en place ?\n\nNous mettons en place plusieurs mesures pour sécuriser les données :\n\n* Cloisonnement des données ;\n* Protection des réseaux ;\n", "security", "yes", ""},
		{"## Security\n\nOur service providers take security measures, including:\n\n* encryption of data in transit;\n* strict access controls.\n", "security", "", "yes"},
		// Arabic "providers of the service", the noun of the service in
		// the singular: sharing only with them is sharing only with the
		// providers the service needs.
		{"لا نشارك بياناتك إلا مع مزودي الخدمة الذين يساعدوننا في تقديم الخدمة.", "third-party-access", "yes-unspecified-critical", ""},
		// An account named by the service's name ("your Google Account")
		// is the reader's account.
		{"We keep some data until you delete your Google Account, such as information about how often you use our services.", "retention", "account", ""},
		{"We may keep some data for the life of your Waze Account.", "retention", "account", ""},
		{"Nous conservons vos données tant que votre compte Acme est actif.", "retention", "account", ""},
		// Denying the sale of aggregated or anonymised data says nothing
		// of selling personal data, and a relative clause's negation
		// ("that does not identify you") denies no sale: selling such
		// data to others is still a sale.
		{"We do not sell aggregated or anonymized data.", "sells-data", "", "no"},
		{"We may sell aggregated data that does not identify you.", "sells-data", "", "no"},
		{"Nous pouvons vendre des données agrégées qui ne vous identifient pas.", "sells-data", "", "no"},
		{"قد نبيع بيانات مجمعة لا تحدد هويتك.", "sells-data", "", "no"},
		{"We do not sell your personal information, and we only share aggregated data with partners.", "sells-data", "no", ""},
		// Targeted ads the service shows "unless you opt out" are ads one
		// can opt out of; a promise of no targeting once one has opted out
		// states no targeting.
		{"Unless you opt out, we use your browsing history to show you personalized ads.", "behavioral-marketing", "yes-opt-out", ""},
		{"We use your browsing history to show you personalized ads unless you opt out.", "behavioral-marketing", "yes-opt-out", ""},
		{"Sauf si vous vous y opposez, nous utilisons votre historique pour vous montrer des publicités personnalisées.", "behavioral-marketing", "yes-opt-out", ""},
		{"ما لم تلغِ الاشتراك، نستخدم سجل التصفح لعرض إعلانات مخصصة لك.", "behavioral-marketing", "yes-opt-out", ""},
		{"If you opt out, we will not show you personalized ads.", "behavioral-marketing", "", "yes"},
		// Changing the policy "without notice" answers that no notice is
		// given; changing prices without notice says nothing of the policy,
		// and a sentence that also speaks of material changes is left to
		// the sentences that promise a notice.
		{"We may change this policy at any time without notice.", "revision-notify", "no", ""},
		{"Nous pouvons modifier cette politique à tout moment sans préavis.", "revision-notify", "no", ""},
		{"يجوز لنا تعديل هذه السياسة في أي وقت دون إشعار مسبق.", "revision-notify", "no", ""},
		{"We may change our prices without notice.", "revision-notify", "", "no"},
		{"We may make non-material changes without notice, but for material changes we will notify you by email.", "revision-notify", "", "no"},
		{"We may change this policy without notice. If we make material changes, we will notify you by email.", "revision-notify", "yes", ""},
		// A service meant for users over an age, or telling those under it
		// not to use it, is not meant for children; a rule on children's
		// photos is no age limit.
		{"Our services are intended for users over 16.", "children", "not-directed", ""},
		{"If you are under 16, please do not use the service.", "children", "not-directed", ""},
		{"Si vous avez moins de 16 ans, merci de ne pas utiliser le service.", "children", "not-directed", ""},
		{"إذا كان عمرك أقل من 16 عامًا، يرجى عدم استخدام الخدمة.", "children", "not-directed", ""},
		{"Do not use the service to share children's photos without consent.", "children", "", "not-directed"},
		{"If you are under 16, you may use the service only with your parent's consent.", "children", "parental-consent", ""},
		// Data brokers in French and Arabic are sources beyond the service.
		{"Nous pouvons recevoir des informations vous concernant de la part de courtiers en données.", "third-party-collection", "yes", ""},
		{"نتلقى معلومات عنك من وسطاء البيانات وشركائنا الإعلانيين.", "third-party-collection", "yes", ""},
		// Data kept "forever" or "permanently" with the data named between
		// is kept indefinitely; denied, it is not; Arabic "ما دام حسابك
		// نشطًا" keeps it while the account is active.
		{"We keep your data forever.", "retention", "indefinite", ""},
		{"We may retain your posts permanently.", "retention", "indefinite", ""},
		{"We do not keep your data forever.", "retention", "", "indefinite"},
		{"نحتفظ بالبيانات ما دام حسابك نشطًا.", "retention", "account", ""},
		// Without it, the items say nothing of consent.
		{"We may use your personal data to:\n\n* deliver targeted advertising based on your interests.\n", "behavioral-marketing", "", "yes-opt-in"},
		// Transmitting personal data to the authorities in a judicial
		// investigation is giving it to law enforcement (English, Arabic);
		// data transmitted to the service's own servers is shared with no
		// one.
		{"In some cases, such as a judicial investigation, Acme may transmit your personal data to the competent public authorities.", "law-enforcement", "reasonable", ""},
		{"في بعض الحالات، مثل إجراء تحقيق قضائي، قد تقوم Acme بنقل بياناتك الشخصية إلى السلطات العامة المختصة.", "law-enforcement", "reasonable", ""},
		{"We transmit personal data to the following recipients where necessary: our hosting provider and our payment provider.", "third-party-access", "yes-unspecified-critical", ""},
		{"Your browser and our app transmit your messages securely to our servers, where we store them.", "third-party-access", "", "yes-unspecified"},
		// Not communicating personal data to third parties for commercial
		// purposes denies any sale (English, French); communicating with
		// the reader shares nothing.
		{"Likewise, Acme does not communicate your personal data to third parties for commercial purposes.", "sells-data", "no", ""},
		{"De même, Acme ne communique pas vos données personnelles à des tiers à des fins commerciales.", "sells-data", "no", ""},
		{"We communicate with you by email about your account.", "third-party-access", "", "yes-unspecified"},
		// The reader's right to object, in a clause of its own after the
		// data, leaves the collection standing (English, French); opting
		// out of the collection itself does not.
		{"To run the service, Acme processes your email address, your date of birth and your device identifiers, for which you have the right of access and the right to object.", "list-collected", "generally", ""},
		{"Pour faire fonctionner le service, Acme traite votre adresse e-mail, votre date de naissance et les identifiants de votre appareil, pour lesquels vous disposez d'un droit d'accès et d'un droit d'opposition.", "list-collected", "generally", ""},
		{"You can opt out of our collection of your email address, your date of birth and your device identifiers.", "list-collected", "", "generally"},
		{"لتشغيل الخدمة، تقوم Acme بمعالجة بياناتك الشخصية مثل اسم المستخدم وعنوان البريد الإلكتروني وعنوان IP، والتي لديك الحق في الوصول إليها والحق في الاعتراض.", "list-collected", "generally", ""},
		// The service and others joined as one subject ("we and our
		// partners share …") share as the service does; others alone do
		// not (English, French).
		{"As part of our ads programme, we and our users use cookies to share your device identifiers with our advertising partners.", "third-party-access", "yes-unspecified", ""},
		{"We and our advertising partners use cookies to share your device identifiers with advertisers.", "third-party-access", "yes-unspecified", ""},
		{"Dans le cadre de notre programme publicitaire, nous et nos utilisateurs partageons vos identifiants d'appareil avec nos partenaires publicitaires.", "third-party-access", "yes-unspecified", ""},
		{"Our partners and other companies share data with advertisers. We collect your email address.", "third-party-access", "", "yes-unspecified"},
		// Third parties "who help manage our business and deliver
		// services" work for the service, as those "who help us provide"
		// it do: no sharing beyond needed providers.
		{"We may share your personal information in the manner described below:\n\n* with third parties who help manage our business and deliver services.\n", "third-party-access", "", "yes-unspecified"},
		{"We share your personal information with third parties who help manage our business and deliver services.", "third-party-access", "", "yes-unspecified"},
		// "May" is a month only beside a number: the modal verb of a
		// list's lead-in dates nothing.
		{"## International transfers\n\nWe may process your personal data outside your country of residence, and in all cases appropriate safeguards keep it protected. These safeguards may include:\n\n* Relying on adequacy decisions issued by the European Commission or other relevant authorities.\n", "history", "", "last-modified"},
		{"Last updated: May 5, 2025", "history", "last-modified", ""},
		{"Dernière mise à jour : 5 mai 2025", "history", "last-modified", ""},
		// A short line under a heading stays short: a dated "initial
		// version" item is a past version, as it is without the heading
		// (French, English).
		{"# Mises à jour importantes du document\n\n- 2024-02 version initiale du document\n- 2026-06 mise à jour pour ajouter un prestataire\n", "history", "yes", ""},
		{"# Important updates to the document\n\n- 2024-02 initial version of the document\n- 2026-06 update to add a provider\n", "history", "yes", ""},
		// Being unable to process a minor's data on the grounds of
		// contractual necessity is a legal basis, not a service closed to
		// children.
		{"For users under the age of majority (under 18 in most countries), who have a limited ability to enter into a contract, we may be unable to process your information on the grounds of contractual necessity.", "children", "", "not-directed"},
		// A list of recipients that gives only "non-exclusive examples"
		// names not all of them (English, French).
		{"We share your personal data with advertising partners and marketing companies. Our list of third parties sets out, under each category, non-exclusive examples of the third parties to whom we disclose your data.", "third-party-access", "yes-unspecified", ""},
		{"Nous partageons vos données personnelles avec des partenaires publicitaires. Notre liste des tiers en donne une liste non exhaustive.", "third-party-access", "", "yes-specified-noncritical"},
		{"We share your personal data with advertising partners and marketing companies. See our list of third parties to whom we disclose your data.", "third-party-access", "yes-specified-noncritical", ""},
		// "La liste complète des sous-traitants", or a link to a page of
		// sous-traitants, names the processors.
		{"Nous partageons vos données uniquement avec nos sous-traitants, pour les besoins du service. La liste complète des sous-traitants auxquels nous faisons appel est disponible sur notre site.", "third-party-access", "yes-specified-critical", ""},
		{"Nous partageons vos données uniquement avec nos sous-traitants, pour les besoins du service. Vous trouverez nos sous-traitants [ici](https://acme.example/sous-traitant/).", "third-party-access", "yes-specified-critical", ""},
		// A full list of one kind of recipient (marketing providers) names
		// not the others (advertising partners).
		{"Nous partageons vos données avec des partenaires publicitaires. La liste complète des prestataires de services marketing peut être consultée dans les paramètres de l'application.", "third-party-access", "", "yes-specified-noncritical"},
		// A policy that says the date of its latest version appears at the
		// top is dated, as one that shows "Last updated" is (English,
		// French).
		{"## Changes\n\nThe date of the latest version of this privacy policy will appear at the top of the page.", "history", "last-modified", ""},
		{"## Modifications\n\nLa date de la dernière version de cette politique figure en haut de la page.", "history", "last-modified", ""},
		// A list of security measures is the service's when its lead-in
		// names no actor ("The following security measures are in
		// place:", "Acme has implemented good security practices:", the
		// service's name not being "we") or refers to the measures of the
		// sentence before ("These measures include:"): its items describe
		// the service's security concretely. A list of what security
		// protects against, or of another's measures, is not.
		{"## How do we protect your data?\n\nAcme adopts various security measures to protect its users' personal data. These measures are specified below:\n\n* Secure transmission using TLS encryption\n* Firewall protection of our servers\n", "security", "yes", ""},
		{"## How do we protect your data?\n\nAcme uses a variety of security measures to protect your personal data. In particular, these measures include the following:\n\n* Storage of passwords in encrypted form,\n* Firewall protection of IT systems,\n* Permanent monitoring of access to IT systems.\n", "security", "yes-audits", ""},
		{"## Security\n\nThe following security measures are in place:\n\n* Encryption of stored passwords\n* Firewalls around our servers\n", "security", "yes", ""},
		{"## Sécurité\n\nLes mesures de sécurité suivantes sont en place :\n\n* Chiffrement des mots de passe stockés\n* Pare-feu autour de nos serveurs\n", "security", "yes", ""},
		{"## Comment protégeons-nous vos données ?\n\nAcme met en œuvre diverses mesures de sécurité pour protéger vos données personnelles. Ces mesures sont les suivantes :\n\n* Transmission chiffrée par TLS\n* Protection des serveurs par pare-feu\n", "security", "yes", ""},
		{"## Security measures\n\nFor the security of your personal data, Acme has implemented good security practices:\n\n- Password hashing;\n- Sign-in by SSH key, access to servers limited to a small trusted group, use of firewalls.\n", "security", "yes", ""},
		{"## Mesures de sécurité\n\nPour la sécurité de vos données personnelles, Acme a mis en place de bonnes pratiques de sécurité :\n\n- Hachage des mots de passe ;\n- Connexion par clé SSH, accès aux serveurs limité à un petit groupe de confiance, utilisation de pare-feu.\n", "security", "yes", ""},
		{"## الإجراءات الأمنية\n\nلضمان أمان بياناتك الشخصية، طبقت Acme ممارسات أمنية جيدة:\n\n- تشفير كلمات المرور؛\n- الوصول إلى الخوادم مقصور على مجموعة صغيرة موثوق بها، واستخدام جدران الحماية.\n", "security", "yes", ""},
		// A lead-in of measures that protect users' data ("des
		// utilisateurs": the users are whose data it is, not who acts),
		// whatever ends it, lists measures.
		{"## Sécurité\n\nAcme s'engage à protéger les données personnelles de ses utilisateurs. Cela inclut la mise en œuvre de mesures globales pour protéger les données des utilisateurs, notamment :\n\n* sécuriser les données des utilisateurs en transit, y compris par cryptage, et au repos ;\n* mettre en œuvre des procédures internes pour limiter l'accès aux données des utilisateurs ;\n", "security", "yes", ""},
		{"## Security\n\nThis includes global measures to protect the data of users, including:\n\n* securing the data of users in transit, including by encryption, and at rest;\n* internal procedures that limit access to the data of users;\n", "security", "yes", ""},
		// Guards: another's measures, and what security protects against.
		{"## Security\n\nOur payment processor adopts various security measures to protect card data. These measures include the following:\n\n* Encryption of card numbers in transit and at rest,\n* Firewall protection of its systems.\n\nWe take appropriate measures to protect your data.\n", "security", "", "yes"},
		{"## Data security\n\nData security covers the measures taken to protect data against the following events:\n\n* destruction,\n* loss,\n* unauthorised disclosure of personal data sent, stored or processed.\n\nWe protect your data with appropriate safeguards.\n", "security", "somewhat", ""},
		// What stays with others "even after you delete your account"
		// is no way to delete it.
		{"Even after you remove information from your profile or delete your account, copies of that information may still be viewable or accessible if it was previously shared with others.", "data-deletion", "unknown", ""},
		{"Même après avoir supprimé votre compte, des copies de vos informations peuvent rester visibles par d'autres utilisateurs.", "data-deletion", "", "yes-automated"},
		// What each party to a contract may disclose of the other's
		// confidential information is no access of the authorities to the
		// reader's data.
		{"Each Party may also disclose Confidential Information to the extent required by judicial or governmental order or as necessary to comply with any applicable law, provided that the party making the disclosure gives the other party reasonable notice prior to such disclosure.", "law-enforcement", "unknown", ""},
		// Sharing experience among doctors ("share experiences") shares no
		// one's data (French: TestFactsSharedExperienceFrench).
		{"Doctors of our medical community share experiences with our partner doctors.", "third-party-access", "unknown", ""},
	}
	for _, c := range cases {
		got := answerOf(t, c.text, c.question).Answer
		if c.want != "" && got != c.want {
			t.Errorf("%s in %q: %s, want %s", c.question, c.text, got, c.want)
		}
		if c.not != "" && got == c.not {
			t.Errorf("%s in %q: %s, which the text does not say", c.question, c.text, got)
		}
	}
}

// TestFactsUncoveredLanguage: in a language the lexicons do not cover,
// silence answers nothing — a Hindi policy of any length is not "no targeted
// advertising" or "no breach notice" for lack of English words.
func TestFactsUncoveredLanguage(t *testing.T) {
	para := "यह गोपनीयता नीति बताती है कि हम आपकी जानकारी कैसे एकत्र करते हैं, उसका उपयोग कैसे करते हैं और उसे किसके साथ साझा करते हैं। "
	text := strings.Repeat(para, 40)
	rep, err := Score(text, Options{Language: "hi"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.NotGraded != NotGradedLanguage {
		t.Fatalf("not graded = %q, want %q", rep.NotGraded, NotGradedLanguage)
	}
	if rep.Words < 700 {
		t.Fatalf("only %d words: the test needs a text long enough to be a whole policy", rep.Words)
	}
	for _, p := range rep.Practices {
		if p.Answer != AnswerUnknown {
			t.Errorf("%s = %s in a language Legible cannot read, want unknown", p.ID, p.Answer)
		}
	}
}

// TestFactsNotReadQuestions: a question no rule reads (why data is
// collected, refusing uses the service does not need) must not claim the
// text is silent when it states purposes or opt-outs plainly: its unknown
// says "not read yet", in every language, and a question the engine does
// read keeps "not found".
func TestFactsNotReadQuestions(t *testing.T) {
	text := "# Privacy\n\nWe use your e-mail address to send you receipts and to answer your questions. You can opt out of analytics cookies at any time in the cookie settings."
	rep, err := Score(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"data-collection-reasoning", "noncritical-purposes"} {
		p := practiceOf(rep.Practices, id)
		if p.Answer != AnswerUnknown || p.Label != notReadLabel {
			t.Errorf("%s = %s %q, want unknown %q", id, p.Answer, p.Label, notReadLabel)
		}
		for _, lang := range []string{"ar", "fr", "de", "es"} {
			if l, _ := PracticeText(id, AnswerUnknown, lang); l == "" || l == notReadLabel || l == unknownText(lang) {
				t.Errorf("%s unknown in %s: %q", id, lang, l)
			}
		}
	}
	if p := practiceOf(rep.Practices, "gpc"); p.Label != unknownLabel {
		t.Errorf("gpc label %q, want %q", p.Label, unknownLabel)
	}
}

// TestFactsMentionedNotSilent: where the text speaks of a practice in words
// no rule reads as an answer, the unknown says "mentioned", not "not found"
// (a sale only named in a right to opt out of it, a browser's own GPC).
func TestFactsMentionedNotSilent(t *testing.T) {
	cases := []struct{ text, question string }{
		{"California residents may opt out of the sale of personal information.", "sells-data"},
		{"The browser also provides Global Privacy Control, which you can enable in its settings.", "gpc"},
		{"Our service has a special mode for children.", "children"},
		{"Les cookies sont de petits fichiers déposés sur votre appareil.", "cookie-choices"},
		{"Some features show advertising.", "behavioral-marketing"},
		{"Information may also come from other sources.", "third-party-collection"},
	}
	for _, c := range cases {
		p := answerOf(t, c.text, c.question)
		if p.Answer != AnswerUnknown || !p.Mentioned || p.Label != mentionedLabel {
			t.Errorf("%s in %q: %s mentioned=%v %q, want unknown and mentioned", c.question, c.text, p.Answer, p.Mentioned, p.Label)
		}
	}
}

// TestFactsSilentNotMentioned: words that only look like the subject do not
// make the text speak of it: e-mailed "security notices" or protecting "our
// rights" say nothing about how data is protected.
func TestFactsSilentNotMentioned(t *testing.T) {
	cases := []struct{ text, question string }{
		{"We send you service messages, including technical and security notices.", "security"},
		{"We may disclose information to protect our rights and property and the health and safety of others.", "security"},
	}
	for _, c := range cases {
		if p := answerOf(t, c.text, c.question); p.Mentioned {
			t.Errorf("%s in %q: %s mentioned, want not mentioned", c.question, c.text, p.Answer)
		}
	}
}

// TestFactsStrongerNoticeQuoted: a promise to tell you of changes by email is
// quoted before one to "notify" you by posting the new text, wherever each
// stands; the posting alone still answers yes, as raters read it.
func TestFactsStrongerNoticeQuoted(t *testing.T) {
	cases := []struct{ text, want string }{
		{"We will notify you of any changes by posting the new privacy policy on this page. If the changes are material, we will also notify you by email before they apply.",
			"If the changes are material, we will also notify you by email before they apply."},
		{"Nous vous informerons de tout changement en publiant la nouvelle politique sur cette page. Si les changements sont importants, nous vous en informerons par e-mail.",
			"Si les changements sont importants, nous vous en informerons par e-mail."},
	}
	for _, c := range cases {
		p := answerOf(t, c.text, "revision-notify")
		if p.Answer != "yes" || len(p.Evidence) == 0 {
			t.Errorf("%q: %s with %d quotes, want yes", c.text, p.Answer, len(p.Evidence))
			continue
		}
		if got := p.Evidence[0].Quote; got != c.want {
			t.Errorf("%q: first quote %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFactsPostedChangesNotNotice: changes only posted on the policy's page
// (or its date updated) reach no one who does not look: "no, you have to
// check yourself", quoting the sentence that says so, in every language.
func TestFactsPostedChangesNotNotice(t *testing.T) {
	for _, text := range []string{
		"We will notify you of any changes by posting the new privacy policy on this page.",
		"If we make material changes, we will notify you by updating the date at the top of this policy.",
		"Nous vous informerons de tout changement en publiant la nouvelle politique sur cette page.",
	} {
		p := answerOf(t, text, "revision-notify")
		if p.Answer != "no" || len(p.Evidence) == 0 || p.Evidence[0].Quote != text {
			t.Errorf("%q: %s with %d quotes, want no quoting it", text, p.Answer, len(p.Evidence))
		}
	}
}

// TestFactsPartialRecipients: a text that names some recipients but says
// nothing of whether others get data answers in part: unknown, quoting the
// names, and its finding says so instead of "who gets it is not read".
func TestFactsPartialRecipients(t *testing.T) {
	const partial = "Names some who get your data; whether others do is not read by Legible yet"
	cases := []struct {
		text, quote string
	}{
		{"Some information is shared to run the service. For support tickets, we rely on third parties such as Zendesk or Calendly.",
			"For support tickets, we rely on third parties such as Zendesk or Calendly."},
		{"Some information is shared to run the service.", ""},
		// A named analytics service the site uses is a recipient too.
		{"Some information is shared to run the service. We use Google Analytics to understand how visitors use our website.",
			"We use Google Analytics to understand how visitors use our website."},
		{"تتم مشاركة بعض المعلومات لتشغيل الخدمة. نحن نستخدم Google Analytics لنفهم كيف تتفاعل مع موقع الويب.",
			"نحن نستخدم Google Analytics لنفهم كيف تتفاعل مع موقع الويب."},
		// ... also as an item of a list nested under an item that leads it
		// ("We use:"), though the item speaks of users further on.
		{"Some information is shared to run the service.\n\n* **Metrics**: we may use cookies. We use:\n    * Google Analytics, which sets a cookie on your device, to learn how users interact with our websites.\n* **Support**: we answer your e-mails.",
			"Google Analytics, which sets a cookie on your device, to learn how users interact with our websites."},
		// Vendors named as such are recipients, though the sentence also
		// tells how to unsubscribe.
		{"تتم مشاركة بعض المعلومات لتشغيل الخدمة. مورّدو إدارة البريد الإلكتروني لدينا هم Mailchimp أو Sendgrid ويمكنك إلغاء الاشتراك باستخدام الرابط في أسفل الرسالة.",
			"مورّدو إدارة البريد الإلكتروني لدينا هم Mailchimp أو Sendgrid ويمكنك إلغاء الاشتراك باستخدام الرابط في أسفل الرسالة."},
		// A negation opening a coordinated predicate negates only it: the
		// card number is handled by the payment provider, and never stored.
		{"Some information is shared to run the service. The card number is handled by our payment provider, Stripe, and never stored on our servers.",
			"The card number is handled by our payment provider, Stripe, and never stored on our servers."},
		// Analytics the site hosts itself go to no one.
		{"Some information is shared to run the service. We use Matomo, self-hosted on our own servers, to count visits.", ""},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "third-party-access")
		if p.Answer != AnswerUnknown || !p.Mentioned {
			t.Fatalf("%q: %s (mentioned %v), want a mentioned unknown", c.text, p.Answer, p.Mentioned)
		}
		if p.Partial != (c.quote != "") {
			t.Errorf("%q: partial %v, want %v", c.text, p.Partial, c.quote != "")
		}
		var f *Finding
		for i := range rep.Criteria {
			for j := range rep.Criteria[i].Findings {
				if rep.Criteria[i].Findings[j].ID == "third-party-access" {
					f = &rep.Criteria[i].Findings[j]
				}
			}
		}
		if f == nil {
			t.Fatalf("%q: no third-party-access finding", c.text)
		}
		if c.quote == "" {
			if f.Label == partial || f.Quote != "" {
				t.Errorf("%q: finding %q quoting %q, want the unclear label without a quote", c.text, f.Label, f.Quote)
			}
			continue
		}
		if f.Label != partial || f.Quote != c.quote || len(p.Evidence) == 0 || p.Evidence[0].Quote != c.quote {
			t.Errorf("%q: finding %q quoting %q, want %q quoting %q", c.text, f.Label, f.Quote, partial, c.quote)
		}
		if ar, _ := FindingText(*f, "ar"); ar == "" || ar == partial {
			t.Errorf("partial finding has no Arabic label: %q", ar)
		}
		if PartialText("ar") == PartialText("en") {
			t.Error("partial practice label has no Arabic text")
		}
	}
}

// TestFactsPartialTargeting: targeted advertising read, with cookie choices
// the site offers, is not "no way to opt out": whether one of them opts out
// of the ads could not be read. The finding says so, quoting the ads, and
// weighs as targeting without an opt-out; without cookie choices the answer
// stays "yes".
func TestFactsPartialTargeting(t *testing.T) {
	const label = "Uses your data for targeted ads; whether you can opt out is not read by Legible yet"
	cases := []struct {
		text, answer, quote string
	}{
		{"We use your browsing history to show you personalised ads. You can change your choices at any time in our cookie settings.",
			AnswerUnknown, "We use your browsing history to show you personalised ads."},
		{"We use your browsing history to show you personalised ads. Where we use cookies for this, we will get your consent where required.",
			AnswerUnknown, "We use your browsing history to show you personalised ads."},
		{"We use your browsing history to show you personalised ads.", "yes", ""},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{Language: "en"})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "behavioral-marketing")
		if p.Answer != c.answer || p.Partial != (c.quote != "") {
			t.Fatalf("%q: %s (partial %v), want %s (partial %v)", c.text, p.Answer, p.Partial, c.answer, c.quote != "")
		}
		if c.quote == "" {
			continue
		}
		var f *Finding
		for i := range rep.Criteria {
			for j := range rep.Criteria[i].Findings {
				if rep.Criteria[i].Findings[j].ID == "behavioral-marketing" {
					f = &rep.Criteria[i].Findings[j]
				}
			}
		}
		if f == nil || f.Label != label || f.Kind != Bad || f.Quote != c.quote {
			t.Fatalf("%q: finding %+v, want a bad finding %q quoting %q", c.text, f, label, c.quote)
		}
		ar, adv := FindingText(*f, "ar")
		if ar == "" || ar == label || adv == "" {
			t.Errorf("partial targeting finding has no Arabic label or advice: %q / %q", ar, adv)
		}
		if fr, _ := FindingText(*f, "fr"); fr == "" || fr == label {
			t.Errorf("partial targeting finding has no French label: %q", fr)
		}
	}
}

// TestFactsItemContext: an item of a list is quoted with the lead-in it is
// read with, in the practice's evidence and in the finding made from it; a
// sentence standing alone has no context.
func TestFactsItemContext(t *testing.T) {
	const lead = "We will share your information with others if we believe that access, use or disclosure is necessary to:"
	text := "We collect your name and e-mail address.\n\n* " + lead + "\n* meet any applicable law, regulation, legal process or enforceable governmental request.\n* enforce our terms."
	rep, p := quotedAnswer(t, text, "law-enforcement", "reasonable")
	if e := p.Evidence[0]; e.Context != lead || !strings.HasPrefix(e.Quote, "meet any applicable law") {
		t.Errorf("evidence %q under %q, want the item under %q", e.Quote, e.Context, lead)
	}
	found := false
	for _, c := range rep.Criteria {
		for _, f := range c.Findings {
			if f.ID == "law-enforcement" {
				found = true
				if f.Context != lead {
					t.Errorf("finding context %q, want %q", f.Context, lead)
				}
			}
		}
	}
	if !found {
		t.Error("no law-enforcement finding")
	}
	if e := practiceOf(rep.Practices, "list-collected").Evidence; len(e) > 0 && e[0].Context != "" {
		t.Errorf("a sentence standing alone has context %q", e[0].Context)
	}
}

// TestFactsSiblingItemNoContext: an item's "such sharing" is its own, not
// the sharing of the item before it, which is no context of its quote.
func TestFactsSiblingItemNoContext(t *testing.T) {
	text := "We may disclose your personal information to others, as described below.\n\n" +
		"* For legal purposes: to comply with laws or to respond to lawful requests and legal process.\n" +
		"* To our related companies: to the extent such sharing is necessary for customer support.\n"
	_, p := quotedAnswer(t, text, "third-party-access", "yes-unspecified")
	if e := p.Evidence[0]; !strings.HasPrefix(e.Quote, "To our related companies") || strings.HasPrefix(e.Context, "For legal purposes") {
		t.Errorf("evidence %q under %q, want the related-companies item standing alone", e.Quote, e.Context)
	}
}

// TestFactsRightsReference: a sentence that refers to the rights the one
// before it lists ("These rights may be limited …") is read with them, but
// the list itself is the quote; where the reference is quoted too, the list
// is its context.
func TestFactsRightsReference(t *testing.T) {
	const rights = "Subject to applicable law, you may have the right to obtain a copy of your personal data, correct it, and have it blocked, anonymized or deleted, as appropriate."
	const ref = "These rights may be limited in some circumstances by local law requirements."
	_, p := quotedAnswer(t, "We collect your name and e-mail address.\n\n"+rights+" "+ref, "data-deletion", "yes-contact")
	if p.Evidence[0].Quote != rights {
		t.Errorf("first quote %q, want the rights themselves", p.Evidence[0].Quote)
	}
	for _, e := range p.Evidence[1:] {
		if e.Quote == ref && e.Context != rights {
			t.Errorf("the reference is quoted with context %q, want the rights", e.Context)
		}
	}
}

// TestFactsCollectionQuote: what job applicants give, and a promise to tell
// of changes "that impact how we process your personal data", are not the
// list of what the service collects from its users.
func TestFactsCollectionQuote(t *testing.T) {
	const list = "We collect your name, e-mail address, IP address and payment details to provide our services."
	for _, other := range []string{
		"As part of the application process, we may also collect technical indicators such as VPN usage and IP addresses to support the integrity of our hiring practices.",
		"When the changes are significant and materially impact how we process your personal data, we will inform you in advance by in-app notifications, messages on our websites, or by email.",
	} {
		rep, err := Score("## What we collect\n\n"+other+"\n\n"+list, Options{Language: "en"})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "list-collected")
		for _, e := range p.Evidence {
			if e.Quote == other {
				t.Errorf("list-collected (%s) quotes %q", p.Answer, other)
			}
		}
	}
}

// TestFactsPurposeListNotData: items under a heading asking why data is
// collected, led by "the following processing", are purposes, not the data:
// they are not read as collection.
func TestFactsPurposeListNotData(t *testing.T) {
	const item = "Gérer votre compte client, votre panier et vos commandes"
	text := "## Pourquoi collectons-nous vos données personnelles ?\n\nNous effectuons les traitements suivants :\n\n* " + item + "\n* Gérer les livraisons et votre suivi de commande\n"
	a, err := Analyze(text, Options{Language: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	df := e.readDocument(a.Text, a.Sentences)
	for _, idx := range df.hits[e.sigIndex["collects"]] {
		if sp := a.Sentences[idx]; strings.Contains(a.Text[sp.Start:sp.End], "Gérer") {
			t.Errorf("the purpose %q is read as collection", a.Text[sp.Start:sp.End])
		}
	}
}

// TestFactsLabelItemQuote: an item that opens with a bare label
// ("Government, legal, and similar authorities.") read with its list's
// lead-in is quoted after the item's own sentence that states the practice.
func TestFactsLabelItemQuote(t *testing.T) {
	const full = "We may disclose information about you to governmental agencies, regulators, and other authorities to comply with any applicable law, regulation, legal process, or appropriate governmental request."
	text := "## Who gets your data\n\nWe disclose information to the types of recipients and in the scenarios described below.\n\n*   Advertising partners. We engage other companies to serve advertisements.\n\n*   Government, legal, and similar authorities. " + full + "\n"
	_, p := quotedAnswer(t, text, "law-enforcement", "reasonable")
	if p.Evidence[0].Quote != full {
		t.Errorf("first quote %q, want the item's own sentence", p.Evidence[0].Quote)
	}
}

// TestFactsShortDenialQuote: a sentence of a few words that denies ("We
// never sell data.", Arabic "لا نبيع بياناتك الشخصية.") is a statement, not a
// list item's label, and is quoted without the sentence after it.
func TestFactsShortDenialQuote(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"We never sell data. You can delete your account at any time in settings.", "en", "We never sell data."},
		{"لا نبيع بياناتك الشخصية. قد تطلب منا حذف بياناتك عبر البريد الإلكتروني.", "ar", "لا نبيع بياناتك الشخصية."},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{Language: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "sells-data")
		if p.Answer != "no" || len(p.Evidence) == 0 || p.Evidence[0].Quote != c.want {
			t.Errorf("%q: sells-data %s %v, want no quoting %q", c.text, p.Answer, p.Evidence, c.want)
		}
	}
}

// TestFactsLeadInQuotedWithItem: a lead-in quoted as an answer's evidence
// names nothing of what it announces; it is quoted with the list's first
// item (the item's label with its sentence), bullets dropped.
func TestFactsLeadInQuotedWithItem(t *testing.T) {
	text := "## Sharing\n\nWe may share your personal data on a need-to-know basis with the following parties:\n\n* **Financial institutions.** Banks and other financial organizations.\n* **Regulators.** Such as the data protection authority.\n"
	_, p := quotedAnswer(t, text, "third-party-access", "yes-unspecified-critical")
	const want = "We may share your personal data on a need-to-know basis with the following parties: Financial institutions. Banks and other financial organizations."
	if p.Evidence[0].Quote != want {
		t.Errorf("first quote %q, want %q", p.Evidence[0].Quote, want)
	}
}

// TestFactsSummaryHeadingQuote: a short heading that shows a summary exists
// ("Highlights") is quoted as the context of its section's first sentence,
// which says what the summary holds; a dated line is quoted as it is.
func TestFactsSummaryHeadingQuote(t *testing.T) {
	text := "# Privacy Policy\n\n## Highlights\n\nWe collect only your email address and never sell it.\n\n## 1. What we collect\n\nWe collect your email address when you sign up.\n"
	_, p := quotedAnswer(t, text, "summary", "yes")
	if ev := p.Evidence[0]; ev.Quote != "We collect only your email address and never sell it." || ev.Context != "Highlights" {
		t.Errorf("summary quoted %q in %q, want the section's first sentence under its heading", ev.Quote, ev.Context)
	}
	if !sectionTitle("Policy overview") || !sectionTitle("Avant de faire défiler ce document, veuillez lire ce qui suit") ||
		sectionTitle("Last updated: May 4, 2026") || sectionTitle("Summary of the changes we made to this policy in 2026") ||
		sectionTitle("This summary tells you in a few plain words what we collect, why we collect it and who gets it") {
		t.Error("sectionTitle takes a dated line or a long heading for a title")
	}
}

// TestFactsButtonLinkRead: a link to "#" alone is a button ("[Cookie
// Settings](#)"): its sentence is read, unlike an entry of a table of
// contents ("[Your rights](#rights)").
func TestFactsButtonLinkRead(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		{"We use cookies.\n\n* [Manage your cookie consent by opening the Cookie Settings at the bottom of our website.](#)\n", "settings"},
		{"We use cookies.\n\n* [Manage your cookie consent by opening the Cookie Settings at the bottom of our website.](#cookies)\n", AnswerUnknown},
	}
	for _, c := range cases {
		if got := answerOf(t, c.text, "cookie-choices").Answer; got != c.want {
			t.Errorf("%q: cookie-choices %s, want %s", c.text, got, c.want)
		}
	}
}

// quotedAnswer scores an English text and returns the report and its
// practice id, failing unless the answer is want, quoted.
func quotedAnswer(t *testing.T, text, id, want string) (*Report, Practice) {
	t.Helper()
	rep, err := Score(text, Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	p := practiceOf(rep.Practices, id)
	if p.Answer != want || len(p.Evidence) == 0 {
		t.Fatalf("%s: %s with %d quotes, want %s, quoted", id, p.Answer, len(p.Evidence), want)
	}
	return rep, p
}

// TestFactsOptOutQuoteNamesAds: a targeted-ads finding with a way out
// quotes, for the way out, a sentence that names advertising (first, for it
// shows the whole answer) before one that only stands under an advertising
// heading (the browser's cookie controls).
func TestFactsOptOutQuoteNamesAds(t *testing.T) {
	text := "## Interest-based advertising\n\nWe show you personalised ads based on your activity on our site.\n\n### Your choices\n\nYou can use your browser to enable, disable or delete cookies. If you wish to opt out of third-party advertising networks, click the Manage Cookies link in our site footer.\n"
	_, p := quotedAnswer(t, text, "behavioral-marketing", "yes-opt-out")
	if !strings.Contains(p.Evidence[0].Quote, "opt out of third-party advertising networks") {
		t.Errorf("quotes %+v, want the opt-out naming advertising first", p.Evidence)
	}
}

// TestFactsQuoteRanking: among sentences that answer alike, the finding
// quotes the one that says most: a sentence naming more kinds of data, a
// change notice naming how you are told ("by email") before one that does
// not, a paragraph before its run-in
// heading in title case, and the items of a list before the lead-in that
// announces them.
func TestFactsQuoteRanking(t *testing.T) {
	cases := []struct {
		text, id, want, quote string
	}{
		{"## Changes\n\nIf we add features that this policy does not describe, we will update it to let you know. If we make material changes to this policy, we will notify you by email before they take effect.\n",
			"revision-notify", "yes", "we will notify you by email"},
		{"## Your data\n\nWe collect your IP address, your approximate location and the pages you visit. When you sign up, we collect your name, email address, date of birth, payment card details, the photos you upload and your contacts.\n",
			"list-collected", "generally", "payment card"},
		{"## What we collect\n\nCookies are small text files containing a string of characters that are sent to your browser. We collect your email address, your IP address, your browser type and the pages you visit.\n",
			"list-collected", "generally", "IP address"},
		{"Disclosure in Response to Legal Requests. We may disclose your information to the police if required to do so by law, or in the good-faith belief that it is necessary to respond to a subpoena.\n",
			"law-enforcement", "reasonable", "We may disclose"},
		{"## Sharing\n\nWe also disclose your information to third parties:\n\n* to comply with a legal obligation;\n* when we sell our business.\n\nWe may share your purchase history with other companies for their own marketing.\n",
			"third-party-access", "yes-unspecified", "purchase history"},
		// One sentence that shows both the targeting and the choice is
		// quoted before a sentence that shows one of them.
		{"## Ads\n\nWe use your browsing history to show you targeted ads. You may also see personalised ads based on information from advertisers. Depending on your settings, we may also show you personalised ads based on your activity across our services.\n",
			"behavioral-marketing", "yes-opt-out", "Depending on your settings"},
		// Data words count where one kind is named in several: the item
		// naming a username, a password and password hints says more of
		// what is collected than a sentence naming "interactions".
		{"## What we collect\n\nWe collect data from users through your interactions with us and your use of our products. We also collect your email address.\n\n* Information used to access your account, such as username, password, and password hints.\n",
			"list-collected", "generally", "username, password"},
		// Sharing the reader chooses ("if you choose to log in with …")
		// shows less of what the service shares than sharing it decides.
		{"## Sharing\n\nIf you choose to link your account to an advertising partner, we will share your account details with that partner. We may share a hashed email address with our advertising partners to measure our campaigns.\n",
			"third-party-access", "yes-unspecified", "hashed email"},
		{"## Sharing\n\nWe share personal data with our marketing partners whenever you consent to or direct such sharing. We share your device identifiers with advertising partners.\n",
			"third-party-access", "yes-unspecified", "device identifiers"},
		// Sharing with parties that act on the service's behalf, or the
		// safeguards of transfers abroad, show less of who else gets data
		// than sharing for the parties' own ends.
		{"## Sharing\n\nWe share personal data with our affiliates, which process it on our behalf. We share some data about you with advertising partners to show you relevant ads.\n",
			"third-party-access", "yes-unspecified", "advertising partners"},
		{"## Sharing\n\nIf we share your personal data with affiliates or third parties located outside the European Economic Area, we ensure appropriate safeguards through standard contractual clauses. We may share personal data with our business partners for marketing.\n",
			"third-party-access", "yes-unspecified", "business partners for marketing"},
		// An item that leads nested items ranks below them, escaped bold
		// marks after its colon aside.
		{"## Disclosures\n\n* **Legal duties**: We may disclose personal data to third parties, such as our lawyers and the police:\\*\\* \\*\\*\n    * to comply with laws or to respond to lawful requests and legal process;\n    * to defend our rights.\n",
			"law-enforcement", "reasonable", "to comply with laws"},
		// Keeping data for a subpoena says less of when the authorities get
		// it than a sentence about disclosing it.
		{"## Retention\n\nWe may retain personal data where we must comply with a valid subpoena or court order.\n\n## Disclosures\n\nWe may share personal data with law enforcement when the law requires it or to answer a lawful request from a public authority.\n",
			"law-enforcement", "reasonable", "share personal data with law enforcement"},
		// A source the service does not need, named among needed ones, is
		// quoted as the source it does not need.
		{"## Sources\n\nWe receive personal data from our trusted partners, such as security partners, to protect against fraud. We also collect personal data from other sources, like public posts on the internet, to train our models.\n",
			"third-party-collection", "yes", "public posts"},
		// A sentence that sends the reader to documentation about the data
		// quotes worse than the sentences that name the data.
		{"## ما نجمعه\n\nاقرأ وثائق بيانات تتبع الاستخدام والتسجيل وعنوان IP والموقع وسجل التصفح على موقعنا لمعرفة المزيد.\n\nنجمع عنوان بريدك الإلكتروني واسمك ورقم هاتفك.\n",
			"list-collected", "generally", "نجمع عنوان بريدك"},
		// A security outline naming concrete measures quotes security
		// better than a sentence naming "measures" alone.
		{"## Security\n\nWe take appropriate technical and organisational security measures to protect your personal data. Your data is encrypted in transit with TLS and encrypted at rest.\n",
			"security", "somewhat", "encrypted in transit"},
		// "This practice" refers to the sentence before, which says what
		// the practice is: that sentence is quoted first.
		{"## Advertising\n\nWe let advertising partners use the pages you visit on our site to show you personalised ads when you visit other websites and apps across the internet. This practice is commonly referred to as interest-based advertising.\n",
			"behavioral-marketing", "yes", "pages you visit"},
		// A date quotes the policy's history better than a promise to
		// update "the effective date".
		{"# Privacy Policy\n\nNovember 3, 2023\n\n## Changes\n\nYou acknowledge that your continued use of our Services after we publish changes to this Privacy Policy means that the updated Privacy Policy applies as of its effective date.\n",
			"history", "last-modified", "November 3, 2023"},
		// Disclaiming responsibility for what others do with data collected
		// lists nothing the service collects.
		{"## What we collect\n\nWe disclaim any responsibility for how payment services use the name, email address, phone number and card details collected at payment. We collect your email address, your IP address and your date of birth.\n",
			"list-collected", "generally", "We collect your email address"},
		// Sharing with third parties to deliver personalised ads is sharing
		// beyond needed providers, and quotes better than sharing the
		// reader directs.
		{"## Sharing\n\nThis and other information you may direct us to disclose to other parties, such as when you choose to engage with an offering from one of our partners. However, we may need to share your personal information with third parties to deliver relevant personalized ads to you.\n",
			"third-party-access", "yes-unspecified", "deliver relevant personalized ads"},
		// What a "Shine the Light" answer would hold is no sharing the
		// policy describes.
		{"## California\n\nIf applicable, this information would include the categories of customer information shared and the names of those businesses with which we shared customer information for their direct marketing purposes for the immediately prior calendar year.\n\n## Sharing\n\nWe may also share information with third parties to prevent fraud.\n",
			"third-party-access", "yes-unspecified", "prevent fraud"},
		// Among sharings alike, one for marketing or advertising shows best
		// who else gets data.
		{"## Sharing\n\nWe share personal data with external partners and service providers who perform functions on our behalf. We may share device and usage data with partners who provide marketing and analytics services on our behalf.\n",
			"third-party-access", "yes-unspecified", "marketing and analytics"},
		// A sentence that sends the reader to the circumstances "described
		// below" quotes worse than the items that describe them.
		{"## Legal requests\n\nWe share information with law enforcement in the circumstances described below.\n\n* We may share your data to respond to a subpoena, if we believe in good faith that the law requires it.\n",
			"law-enforcement", "reasonable", "respond to a subpoena"},
		{"## What we collect\n\nRead the documentation on the usage data, IP address, location and browsing history we collect on our developer site.\n\nWe collect your email address, your name and your phone number.\n",
			"list-collected", "generally", "your email address, your name"},
		// A sentence about others, or about sharing, quotes what the service
		// collects worse than one about its own collection.
		{"## What we collect\n\nWe use third parties for secure card transaction processing, and we send your name, billing address, card number, phone number and email address to those third parties to process your card payments. We collect your IP address and your device identifiers when you use the app.\n",
			"list-collected", "generally", "We collect your IP address"},
		// How long a cookie lasts on the reader's device quotes how long the
		// service keeps data worse than a period for the data it holds
		// (English, French).
		{"## How long we keep data\n\nIf you opt out, your preference is stored in a cookie on your device, valid for five years. We keep your account data for two years after you close your account.\n",
			"retention", "period", "account data for two years"},
		{"## Durée de conservation\n\nLes cookies de mesure d'audience sont conservés 13 mois. Vos données de compte sont conservées 3 ans après votre dernière connexion.\n",
			"retention", "period", "données de compte"},
		// A sentence that sends the reader elsewhere for "more details"
		// quotes worse than one that says who gets data.
		{"## Sharing\n\nYou can find more details about the affiliates and third parties we transfer data to in our Trust Center. We may disclose personal data to business partners for research.\n",
			"third-party-access", "yes-unspecified", "business partners for research"},
		// Data kept "as long as necessary" (or longer "when necessary for
		// legitimate business purposes") quotes an as-needed answer better
		// than data kept until the reader deletes it (English, French).
		{"## Retention\n\nWe keep some data until you delete it, such as your notes. And some data we retain for longer periods of time when necessary for legitimate business or legal purposes, such as fraud prevention.\n",
			"retention", "as-needed", "longer periods of time"},
		{"## Conservation\n\nNous conservons certaines données jusqu'à ce que vous les supprimiez. Nous conservons également certaines données plus longtemps si nécessaire, à des fins commerciales légitimes.\n",
			"retention", "as-needed", "plus longtemps"},
		// An item's title-case label before its text ranks below the text,
		// as a lead-in does, though it is read with the list's lead-in.
		{"## Who we share with\n\nWe disclose personal information to the following categories of recipients:\n\n* **Law Enforcement Authorities and Individuals Involved in Legal Proceedings**. We disclose personal information in response to a subpoena if the law requires it.\n",
			"law-enforcement", "reasonable", "in response to a subpoena"},
		// Sharing the reader authorises or requests shows less of who else
		// gets data than sharing the service decides (English, French).
		{"## Sharing\n\nFor example, we may share your information with third parties with which you authorize us to do so, such as the social media services that you connect to our site. We may share your information with our business partners.\n",
			"third-party-access", "yes-unspecified", "business partners"},
		{"## Partage\n\nNous pouvons partager vos informations avec des tiers lorsque vous nous y autorisez, par exemple un réseau social. Nous partageons vos informations avec nos partenaires commerciaux.\n",
			"third-party-access", "yes-unspecified", "partenaires commerciaux"},
		// "Such authorities include …" names the authorities of the
		// sentence before, which says when they get data: that one is
		// quoted (English, French).
		{"## Sharing\n\n**We may disclose personal information to the following categories of third parties:**\n\n* **Payment processors**. We may disclose personal information to payment processors to process your payments.\n* **Authorities**. We may disclose personal information to authorities if compelled by a subpoena, court order, or similar legal procedure, when necessary to comply with law, or where the disclosure of personal information is reasonably necessary to prevent physical harm or financial loss, report suspected illegal activity, or investigate violations of the relevant agreement. Such authorities include courts, governments, law enforcement, and regulators.\n",
			"law-enforcement", "reasonable", "subpoena"},
		{"## Partage\n\n**Nous pouvons communiquer des données personnelles aux catégories de tiers suivantes :**\n\n* **Prestataires de paiement**. Nous pouvons communiquer des données personnelles aux prestataires de paiement pour traiter vos paiements.\n* **Autorités**. Nous pouvons communiquer des données personnelles aux autorités lorsque nous y sommes contraints par une décision de justice ou une procédure similaire, lorsque cela est nécessaire pour respecter la loi, ou lorsque la communication des données personnelles est raisonnablement nécessaire pour prévenir un préjudice physique ou une perte financière, signaler une activité illégale présumée ou enquêter sur des violations du contrat concerné. Ces autorités comprennent les tribunaux, les gouvernements et la police.\n",
			"law-enforcement", "reasonable", "décision de justice"},
		// A bold label with no date ("**Effective date.**") yields to the
		// sentence after it that gives the date (French, English).
		{"## Modifications\n\n**Date d'entrée en vigueur.** Cette politique de confidentialité a été mise à jour pour la dernière fois le 13 mars 2026 pour tous nos services.\n",
			"history", "last-modified", "13 mars 2026"},
		{"## Changes\n\n**Effective Date.** This privacy policy of all of our apps and websites was last updated on 13 March 2026 for every one of our services.\n",
			"history", "last-modified", "13 March 2026"},
		// A sentence on how data is protected in transit quotes the list
		// of data collected worse than one that says what is collected
		// (English, French).
		{"## What we collect\n\nAny personal data, including your name, your email address, your IP address and the pages you visit, that gets sent from your device to our web server will be protected by using encryption technology. We keep a log of connection data which includes your name, your username, your IP address and the pages you visit.\n",
			"list-collected", "generally", "log of connection data"},
		{"## Données collectées\n\nToutes les données personnelles que nous collectons, y compris votre nom, votre adresse e-mail, votre adresse IP et les pages que vous consultez, sont protégées par chiffrement lors de leur envoi à notre serveur. Nous collectons dans un journal de connexion votre nom, votre identifiant, votre adresse IP et les pages que vous consultez.\n",
			"list-collected", "generally", "journal de connexion"},
		// Sharing with its own affiliates quotes sharing beyond needed
		// providers worse than sharing with outside partners (English,
		// French).
		{"## Sharing\n\nAffiliates: We share data with affiliates for the purposes laid out in this policy. Partners: We share data with our business partners to promote our service.\n",
			"third-party-access", "yes-unspecified", "business partners"},
		{"## Partage\n\nNous partageons vos données avec nos sociétés affiliées aux fins décrites dans cette politique. Nous partageons aussi vos données avec nos partenaires publicitaires.\n",
			"third-party-access", "yes-unspecified", "partenaires publicitaires"},
		// What it collects from job candidates is no list of what it
		// collects from its users.
		{"## Information we collect\n\nWhen you contact us, we receive the personal data you provide, such as your name, phone number, email address and your messages. We also collect your IP address and browser type. The kind of information we collect from job candidates includes your name, email address, phone number, postal address, job title, occupation, company name, CV and the content of your message.\n",
			"list-collected", "generally", "When you contact us"},
		// Disclosure to the police ranks above processing to meet a legal
		// obligation, which shows no disclosure (English, French); a
		// transparency report's counts of requests rank below both.
		{"## Legal bases\n\nWe may process your information in order to comply with a legal obligation or a court order.\n\n## Sharing\n\nWe may retain, preserve or share your information with law enforcement if we have a good-faith belief that it is reasonably necessary to respond to legal process.\n",
			"law-enforcement", "reasonable", "good-faith belief"},
		{"## Finalités\n\nRépondre à des obligations légales, réglementaires, judiciaires ou administratives.\n\nNous partageons des informations relatives au nombre et au type de demandes que les autorités nous envoient.\n\n## Partage\n\nNous pouvons conserver ou partager vos données avec les autorités judiciaires si nous estimons de bonne foi que cela est nécessaire pour répondre à une procédure judiciaire.\n",
			"law-enforcement", "reasonable", "Nous pouvons conserver ou partager"},
		// Receiving requests from governments says nothing of when data
		// is handed over.
		{"## Requests\n\nLike other technology companies, we regularly receive requests from governments and courts to disclose user data.\n\nWe disclose personal information to law enforcement if we believe in good faith that disclosure is reasonably necessary to respond to legal process.\n",
			"law-enforcement", "reasonable", "if we believe in good faith"},
		// The sentence that shows the targeting and the settings that
		// govern it is quoted before one that shows only the targeting.
		{"## Ads\n\nWhen you use Acme, we collect your approximate location, including to show you relevant ads. We use your information to provide our advertising services subject to your settings, which helps make ads on Acme more relevant to you.\n",
			"behavioral-marketing", "yes-opt-out", "subject to your settings"},
		// A payment provider's description names no data the service
		// collects.
		{"## Data we collect\n\nWe use these providers:\n\n* **Payment processing services** that support secure payment transactions, recurring billing and refunds (e.g. Stripe, PayPal).\n\nWe collect personal data like your email address, your IP address and payment details to provide our services.\n",
			"list-collected", "generally", "We collect personal data like"},
		// Encryption of the reader's own device, a product feature, ranks
		// below how the service protects what it holds (English, French).
		{"## Security\n\nDevice encryption helps protect the data stored on your device by encrypting it using drive encryption technology. When we transmit confidential data over the internet, we protect it through the use of encryption.\n",
			"security", "somewhat", "When we transmit"},
		{"## Sécurité\n\nLe chiffrement de l'appareil protège les données stockées sur votre appareil en les chiffrant. Lorsque nous transmettons des données confidentielles sur internet, nous les protégeons par chiffrement.\n",
			"security", "somewhat", "Lorsque nous transmettons"},
		// Card details collected only by the payment provider are no data
		// the service collects.
		{"## Données collectées\n\nL'intégralité de vos coordonnées bancaires sont collectées uniquement par notre prestataire de services de paiement certifié.\n\nNous collectons et traitons notamment vos nom, prénom, adresse e-mail, numéro de téléphone, votre adresse IP et l'historique de vos achats.\n",
			"list-collected", "generally", "Nous collectons et traitons"},
		// Disclosure "in good faith" to satisfy a governmental request
		// shows a reasonable request; a court order alone does not.
		{"## Legal requests\n\nWhen we are under a legal obligation to do so, for example to comply with a binding order of a court, we disclose data.\n\nWe may disclose your information to government authorities to satisfy in good faith any applicable law, legal process or proper governmental request.\n",
			"law-enforcement", "reasonable", "in good faith"},
		// A rule on how long providers keep shared data ranks below the
		// sentence that says data is shared with them (English, French).
		{"## AI features\n\nSome features send your prompts to an AI model to answer them. This processing may involve sharing relevant data with third-party AI service providers.\n\n## Retention\n\nData shared with AI service providers during processing is subject to the retention limits in the applicable data processing agreement.\n\nWe do not sell or share your personal data with anyone else.\n",
			"third-party-access", "yes-unspecified-critical", "This processing may involve sharing"},
		{"## Fonctions d'IA\n\nLes données transmises à nos prestataires de services d'IA sont conservées selon les limites de durée de nos contrats de traitement. Nous partageons vos requêtes avec nos prestataires de services d'IA pour produire les réponses. Nous ne vendons ni ne partageons vos données personnelles avec qui que ce soit d'autre.\n",
			"third-party-access", "yes-unspecified-critical", "Nous partageons vos requêtes"},
		// Sharing "such data" (the data the sentence before speaks of, here
		// de-identified) ranks below a sentence that says which data is
		// shared (English, French).
		{"## Sharing\n\nWe may aggregate or de-identify information so that it can no longer be linked to you. We may use such information for any purpose and may also share such data with any third parties, including advertisers and partners.\n\nWe may share the information we collect with our affiliates and advertising partners.\n",
			"third-party-access", "yes-unspecified", "the information we collect"},
		{"## Partage\n\nNous pouvons agréger ou anonymiser les informations afin qu'elles ne puissent plus être reliées à vous. Nous pouvons partager ces données avec tout tiers, y compris des annonceurs et des partenaires.\n\nNous pouvons partager les informations que nous collectons avec nos sociétés affiliées et nos partenaires publicitaires.\n",
			"third-party-access", "yes-unspecified", "les informations que nous collectons"},
		// A denial of selling sensitive data ranks below one that covers
		// all personal data (English, French).
		{"## Sale\n\nWe do not sell or share sensitive personal data for cross-context behavioral advertising. We do not sell your personal data.\n",
			"sells-data", "no", "We do not sell your personal data."},
		{"## Vente\n\nNous ne vendons pas vos données sensibles à des fins de publicité comportementale. Nous ne vendons pas vos données personnelles.\n",
			"sells-data", "no", "Nous ne vendons pas vos données personnelles."},
		// A sentence giving the legal basis of processing ("performance of
		// contract") ranks below the list of the data collected.
		{"## Categories of personal data\n\nWe process the following categories of personal data.\n\n* Bank wire: sender name, address, bank account number\n* PayPal: transaction ID, e-mail address and origin country\n\nThe processing of payment data is necessary for us to handle the payment (i.e. performance of contract), and payment information processed for accounting purposes is necessary to comply with the law.\n",
			"list-collected", "generally", "Bank wire"},
		// A right to have inaccurate output corrected or removed is no
		// right to deletion; "Delete your Personal Data from our records",
		// seven words in a list of rights, is (English; French as a guard).
		{"## 6. Your rights\n\nYou have the following statutory rights in relation to your Personal Data:\n\n* Access your Personal Data and information relating to how it is processed.\n* Delete your Personal Data from our records.\n\nIf you notice that our output contains factually inaccurate information about you, you can request a correction or removal of the information.\n",
			"data-deletion", "yes-contact", "Delete your Personal Data from our records."},
		{"## 6. Vos droits\n\nVous disposez des droits suivants sur vos données personnelles :\n\n* Accéder à vos données personnelles et aux informations sur leur traitement.\n* Supprimer toutes vos données personnelles de nos registres.\n",
			"data-deletion", "yes-contact", "Supprimer toutes vos données"},
		// The browser named bare ("set up your browser", "recognise the
		// browser") is no data collected, and French "le nombre" (how many)
		// is no name: advice on cookies ranks below the list of data
		// (French, English).
		{"## Données collectées\n\nAttention, des traceurs ont pu être enregistrés sur votre appareil avant le paramétrage de votre navigateur : dans ce cas, effacez votre historique de navigation et contrôlez le nombre de cookies enregistrés.\n\nNous collectons votre nom de famille, votre prénom, votre adresse e-mail et votre numéro de téléphone.\n",
			"list-collected", "generally", "Nous collectons votre nom de famille"},
		{"## Data we collect\n\nCookies let us recognise your browser as a returning visitor and record your browsing history on our site.\n\nWe collect your name, your email address and your phone number when you sign up.\n",
			"list-collected", "generally", "We collect your name"},
		// Cookies that "distinguish you from other users" collect nothing
		// from other users: the sentence that receives data from third
		// parties is quoted (English, French).
		{"## Information we collect\n\nWe use cookies to collect information about your browsing, distinguish you from other users and analyse use of the service.\n\nWe may receive information about you, such as demographic data, from third parties such as marketing partners.\n",
			"third-party-collection", "yes", "We may receive information about you"},
		{"## Données collectées\n\nNous utilisons des cookies pour collecter des informations sur votre navigation et vous différencier des autres utilisateurs.\n\nNous pouvons recevoir des informations vous concernant de la part de tiers, comme nos partenaires marketing.\n",
			"third-party-collection", "yes", "Nous pouvons recevoir des informations"},
		// A sentence that sends the reader to other sections ("… can be
		// found under 'Information we receive about you from other
		// sources'") ranks below one that says what is received.
		{"## Sources\n\nDetails of what other users see can be found under “Information we receive about you from other sources” and in our examples.\n\nWe receive information about you from our business partners, such as your job title.\n",
			"third-party-collection", "yes", "We receive information about you from our business partners"},
		// A notice that introduces itself with a long title as its subject
		// ("This Information on the processing of personal data informs you
		// about the collection …") says what it covers, not what is
		// collected: the list ranks above it (French, English).
		{"## Données\n\nCette Information sur le traitement des données personnelles vous informe sur la collecte et l'utilisation de vos coordonnées, de votre adresse IP, de votre localisation et de votre historique de navigation par Acme.\n\nNous collectons votre nom, votre adresse e-mail, votre adresse IP et les pages que vous consultez.\n",
			"list-collected", "generally", "Nous collectons votre nom"},
		{"## Data\n\nThis Information on the processing of your personal data informs you about the collection and use of your contact details, your IP address, your location and your browsing history by Acme.\n\nWe collect your name, your email address, your IP address and the pages you visit.\n",
			"list-collected", "generally", "We collect your name"},
		// A purpose ("to provide and improve our Service, including to
		// monitor the usage of our Service") and a definition behind a
		// naming aside ("Company (referred to as \"We\") refers to …") are
		// no statement of what is collected: the list is quoted.
		{"## Collecting and using your data\n\nCompany (referred to as either \"the Company\", \"We\" or \"Us\" in this Agreement) refers to Acme Inc. Usage Data refers to data collected automatically, such as your IP address, device identifiers, your location, your contacts, your payment card number and the pages you visit.\n\nWe use your data for these purposes:\n\n* To provide, maintain, and improve our Service, including to monitor the usage of our Service.\n\nWe collect your name, your IP address and the pages you visit.\n",
			"list-collected", "generally", "We collect your name"},
		// A footnote ("\*Card data is only processed if …") qualifies
		// the list it annotates and quotes it worse; so does a line on how
		// long some data is kept.
		{"## What we collect\n\nWe collect your name and your email address.\\*\n\n\\*Your payment card number, your billing address, your phone number and your date of birth are only processed if you choose to verify your account with your card.\n",
			"list-collected", "generally", "your name and your email"},
		{"## What we collect\n\nWe collect your account data: your name, email address, phone number and date of birth.\n\nWe process your name, your email address, your phone number, your photos, your IP address and your location: stored for up to three months from the date of collection.\n",
			"list-collected", "generally", "your account data"},
		// What is kept anonymised, what the reader may delete, and the
		// legal basis of processing say less of what is collected than a
		// plain list (English, French).
		{"## What we collect\n\nWe keep anonymized server logs of your IP address, your browser type and the pages you visit. We collect your name and your email address when you sign up.\n",
			"list-collected", "generally", "We collect your name"},
		{"## What we collect\n\nWe collect the photos you upload, your location and your contacts, and you can review or delete them at any time. We collect your name and your email address when you sign up.\n",
			"list-collected", "generally", "We collect your name"},
		{"## Données collectées\n\nLe traitement de vos nom, adresse e-mail, numéro de téléphone et adresse IP se base sur un contrat de service. Nous collectons votre date de naissance et vos données de paiement.\n",
			"list-collected", "generally", "Nous collectons votre date"},
		// Sharing with partners "to bring you our app" is sharing with
		// the providers that run it, weaker evidence of who else gets data.
		{"## Sharing\n\nWe share information with:\n\n* **Partners**: In working with those partners, we may share your information with them to bring you our app.\n* **Commercial partners**: From time to time, we may share some of your data with our commercial partners to promote our services.\n",
			"third-party-access", "yes-unspecified", "commercial partners"},
		// "They record …" after a sentence on cookies speaks of the
		// cookies, a weaker quote of what the service collects (English,
		// French).
		{"## What we collect\n\nWe use cookies on our site. They record information about your browsing, such as the pages you visit, the date and time of your visit, your IP address and your browser type. We collect your name and your email address when you sign up.\n",
			"list-collected", "generally", "We collect your name"},
		{"## Données collectées\n\nNous utilisons des cookies sur notre site. Ils enregistrent des informations relatives à votre navigation, telles que les pages visitées, la date et l'heure de la consultation, votre adresse IP et votre navigateur. Nous collectons vos nom, prénom, adresse e-mail et numéro de téléphone lors de votre inscription.\n",
			"list-collected", "generally", "Nous collectons vos nom"},
		// That the service "may receive requests" from the authorities
		// says nothing of when it answers them.
		{"## Legal requests\n\nWe may receive requests from governments or law enforcement agencies for user information. We may disclose your information to them where the law requires it.\n",
			"law-enforcement", "reasonable", "We may disclose"},
		// Sharing with partners "outside the European Economic Area" for
		// specific ends is a transfer abroad, weaker evidence of who else
		// gets data than sharing with business partners (French).
		{"## Partage\n\nD'autres données peuvent être communiquées à des partenaires situés en dehors de l'Espace économique européen pour des finalités spécifiques. Nous partageons certaines données avec nos partenaires commerciaux.\n",
			"third-party-access", "yes-unspecified", "partenaires commerciaux"},
		// Data received "from analytics providers" comes from others, and
		// from sources the service does not need (English, French).
		{"## Sources\n\nWe obtain or receive personal data about you from analytics providers such as Google; advertising partners [here](https://example.com/partners); and third-party data brokers who sell personal data. We obtain or receive personal data from third party connections or log-ins through social media platforms such as Facebook Connect when you follow, like, or link your account.\n",
			"third-party-collection", "yes", "analytics providers"},
		{"## Sources\n\nNous recevons des données personnelles vous concernant auprès de nos fournisseurs d'analyse et de nos partenaires publicitaires. Nous recevons des données de Facebook lorsque vous vous connectez avec votre compte Facebook.\n",
			"third-party-collection", "yes", "fournisseurs d'analyse"},
		// A named provider's security (the payment processor's encrypted
		// servers) says less of how the service protects data than its
		// own measures.
		{"## Security\n\nCard payments are processed by Stripe on their secure payments server and all card details are fully encrypted and stored by them. We have put in place appropriate technical and organizational security measures to protect your personal data.\n",
			"security", "somewhat", "We have put in place"},
		// A line that only points to a list elsewhere ("See the full list of
		// cookies") quotes worse than the sentence that says what is used.
		{"## Mesure d'audience\n\nVoir la liste complète des cookies Matomo [https://matomo.example/faq](https://matomo.example/faq)\n\nNous utilisons Matomo pour compter les visites. Notre site est hébergé par OVH, notre hébergeur.\n",
			"third-party-access", "yes-specified-noncritical", "Nous utilisons Matomo"},
		{"## Analytics\n\nSee the full list of Matomo cookies [https://matomo.example/faq](https://matomo.example/faq)\n\nWe use Matomo to count visits to our website. Our website is hosted by OVH, our hosting provider.\n",
			"third-party-access", "yes-specified-noncritical", "We use Matomo"},
		// A rule for the reader ("You must let other users ask to be
		// deleted from your database") quotes worse than the reader's own
		// right to deletion.
		{"## Selling\n\nYou must, under all circumstances, provide other users the option to request to be deleted from your database.\n\n## Your rights\n\nWe will honour any right that you may have to ask us to erase your personal data.\n",
			"data-deletion", "yes-contact", "We will honour"},
		{"## Vendre\n\nVous devez, en toutes circonstances, permettre aux autres utilisateurs de demander leur suppression de votre base de données.\n\n## Vos droits\n\nVous pouvez nous demander d'effacer vos données personnelles.\n",
			"data-deletion", "yes-contact", "Vous pouvez nous demander"},
		// A note on what changed in the policy ("We added more detail
		// about cookies and your privacy choices") quotes worse than the
		// sentence that says how to choose (a cookie consent pop-up).
		{"## What changed\n\nWe added more detail about cookies, advertising measurement, and your privacy choices.\n\n## Your choices\n\nYou can opt out of online targeted advertising (e.g. cookies and pixels) through the cookie consent pop-up that appears when you visit one of our web pages.\n",
			"cookie-choices", "settings", "cookie consent pop-up"},
		{"## Ce qui a changé\n\nNous avons clarifié nos explications sur les cookies et vos choix en matière de confidentialité.\n\n## Vos choix\n\nVous pouvez refuser les cookies publicitaires à tout moment grâce à la fenêtre de consentement qui s'affiche lorsque vous visitez notre site.\n",
			"cookie-choices", "settings", "fenêtre de consentement"},
		// Physical security and secure backups are measures of two kinds
		// (concrete, "yes"): the sentence naming them quotes better than
		// general care (French, English).
		{"## Sécurité\n\nEn tant que responsable de traitement, nous prenons toutes les précautions utiles pour préserver la sécurité et la confidentialité des données.\n\nCela inclut la sécurité physique des bâtiments abritant nos systèmes et des sauvegardes sécurisées de vos données.\n",
			"security", "yes", "sécurité physique"},
		{"## Security\n\nAs the controller, we take all useful precautions to preserve the security and confidentiality of the data.\n\nThis includes physical security of the buildings housing our systems and secure backups of your data.\n",
			"security", "yes", "physical security"},
		// What job applicants give is not the users' data: the users' list
		// is quoted (Arabic, English).
		{"## المعلومات التي نجمعها\n\n* **المتقدمين لوظيفة، أو تدريب، أو منحة**: يطلب من المتقدمين لفرص الحصول على وظيفة إعطاءنا اسمًا، وعنوان شارع، ورقم هاتف، وعنوان بريد إلكتروني.\n* **المقاييس**: نجمع عناوين IP ومعلومات الجهاز وموقعك التقريبي والصفحات التي تزورها على مواقعنا.\n",
			"list-collected", "generally", "المقاييس"},
		{"## Information we collect\n\n* **Applicants for a job, internship or fellowship**: applicants are asked to give us a name, street address, phone number and email address.\n* **Metrics**: we collect IP addresses, device information, your approximate location and the pages you visit on our websites.\n",
			"list-collected", "generally", "Metrics"},
		// Affiliates the data goes to are no source of it: "information
		// obtained from third parties may be shared with our affiliates"
		// quotes below the sentence that says where data comes from.
		{"The information we collect, including information obtained from third parties, may be shared with our affiliates. We may obtain information about you from data brokers and advertising partners.\n",
			"third-party-collection", "yes", "data brokers"},
		{"Les informations que nous recueillons, y compris celles obtenues auprès de tiers, peuvent être partagées avec nos filiales. Nous pouvons recevoir des informations vous concernant de nos partenaires publicitaires.\n",
			"third-party-collection", "yes", "partenaires publicitaires"},
		// Data "transferred to other jurisdictions" as a result of sharing is a
		// transfer abroad: the sentence that says who gets the data quotes
		// first.
		{"Because we are a global company, the information we collect may be accessed from locations where our people are located and data may also be transferred to other jurisdictions as a result of sharing data with our partners. The app also shares information with our marketing partners to measure and improve these campaigns.\n",
			"third-party-access", "yes-unspecified", "marketing partners to measure"},
		// Protecting the reader's privacy by data minimisation is no security
		// measure: the sentence that names the measures quotes first.
		{"**ACME PRIVACY NOTICE**\n\n**At Acme, we approach data and privacy as we approach everything we do: we put people first.**\n\nAs part of our effort to protect your privacy and to comply with applicable privacy and data protection laws, we strive to consider our data governance practices through the lens of the recognized principles of data minimization, limited collection, and limited use, among other key areas addressed below.\n\n**7. How We Protect Your Information**\n\nAcme uses reasonable technical, physical, and administrative security measures to reduce the risk of loss, misuse, unauthorized access, disclosure or modification of your information.\n",
			"security", "somewhat", "administrative security measures"},
		{"Pour protéger votre vie privée, nous appliquons le principe de minimisation des données. Nous mettons en œuvre des mesures de sécurité techniques et organisationnelles pour protéger vos données contre tout accès non autorisé.\n",
			"security", "somewhat", "mesures de sécurité"},
		// A sentence under a security heading shows security better than a
		// purpose elsewhere that names a measure ("manage sign-in such as
		// two-factor authentication"): it quotes first.
		{"## How we use your data\n\n* manage account authentication such as two-factor authentication\n* send you receipts\n\n## How we protect your personal information\n\nWe employ administrative and electronic measures designed to protect your personal information against loss and unauthorized access.\n",
			"security", "somewhat", "administrative and electronic measures"},
		{"## Utilisation de vos données\n\n* gérer l'authentification du compte, comme l'authentification à deux facteurs\n* vous envoyer des reçus\n\n## Comment protégeons-nous vos données\n\nNous mettons en œuvre des mesures administratives et techniques pour protéger vos données personnelles contre la perte et l'accès non autorisé.\n",
			"security", "somewhat", "mesures administratives et techniques"},
		{"## كيف نستخدم بياناتك\n\n* إدارة مصادقة الحساب مثل المصادقة الثنائية\n* إرسال الإيصالات إليك\n\n## كيف نحمي بياناتك\n\nنتخذ تدابير إدارية وتقنية لحماية بياناتك الشخصية من الفقدان والوصول غير المصرح به.\n",
			"security", "somewhat", "تدابير إدارية وتقنية"},
		// Sending the reader messages with the contact details they gave is
		// a use of data: the sentence that says what is stored quotes first.
		{"## Information we collect\n\nIf you make a reservation or order food, we may send you messages about your transaction using the contact information you provide, such as your name, your email address, your postal address and your phone number. We also store information that your device provides to us, such as your browser type, your IP address, your location and the pages you visit.\n",
			"list-collected", "generally", "We also store information"},
		// A run-in label names what an item is about; when the sentence
		// after it says something else ("Access, correct, or delete your
		// information: you have a right to confirm …"), the sentence that
		// says it is quoted first.
		{"## Your rights\n\n* Access, correct, update, or delete your personal information: You have a right to confirm whether we process your personal information and to receive a copy of it.\n* You may also correct out-of-date personal information or request that we delete personal information that we hold about you.\n",
			"data-deletion", "yes-contact", "request that we delete"},
		{"## Vos droits\n\n* Accès, correction ou suppression de vos données personnelles : vous avez le droit de faire confirmer que nous traitons vos données personnelles et d'en recevoir une copie.\n* Vous pouvez également faire corriger vos données obsolètes ou demander la suppression des données personnelles que nous détenons à votre sujet.\n",
			"data-deletion", "yes-contact", "demander la suppression"},
		// Businesses that process data "for us, based on our instructions"
		// act on the service's behalf: sharing with advertisers says more
		// (a guard: this ranking held before those words were added).
		{"## Sharing\n\nWe provide personal information to our affiliates and other businesses or persons to process it for us, based on our instructions. We share your device identifiers with advertising partners.\n",
			"third-party-access", "yes-unspecified", "device identifiers"},
		// A label of a few words is quoted with the sentence after it on
		// its line, which says what the label only names.
		{"## What we collect\n\nWe collect data about you in different ways. For example, we collect data:\n\n* Directly from you. This includes your account details.\n* From other sources. These can include our affiliates, data brokers and publicly available sources.\n",
			"third-party-collection", "yes", "data brokers"},
		// A label set in bold, of more than four words ("**Information we
		// receive from other sources**."), is quoted with the sentence after
		// it, which says what the label only names (English, French).
		{"## What we collect\n\n* **Information you give us when you sign up**. This is your name and your email address.\n* **Information we receive from other sources**. This is information about you that our advertising partners and data brokers give us.\n",
			"third-party-collection", "yes", "data brokers"},
		{"## Données collectées\n\n* **Les informations que nous recevons d'autres sources**. Il s'agit des informations vous concernant que nous transmettent nos partenaires publicitaires et des courtiers en données.\n",
			"third-party-collection", "yes", "courtiers en données"},
		// A change log's header row names only its columns: it is quoted
		// with the first row under it.
		{"## Changes to this notice\n\n| | | |\n| --- | --- | --- |\n| Version | Changes | Date |\n| 1.0 | First draft | 23 May 2018 |\n| 1.1 | Updated retention periods | 19 January 2024 |\n| 1.2 | Updated text on analytics | 13 January 2026 |\n",
			"history", "yes", "First draft"},
		// A list item's label ("Right to delete your data.") is a heading:
		// the item's sentence that says how is quoted.
		{"## Your rights\n\n* Right to delete your data. In some cases, you may ask us to delete the personal data we collected from you.\n* Right to access your data. You may ask us for a copy of your data.\n",
			"data-deletion", "yes-contact", "you may ask us to delete"},
		{"## Vos droits\n\n* Droit à l'effacement de vos données. Vous pouvez nous demander de supprimer les données personnelles que nous avons collectées.\n* Droit d'accès. Vous pouvez nous demander une copie de vos données.\n",
			"data-deletion", "yes-contact", "Vous pouvez nous demander de supprimer"},
	}
	for _, c := range cases {
		_, p := quotedAnswer(t, c.text, c.id, c.want)
		if !strings.Contains(p.Evidence[0].Quote, c.quote) {
			t.Errorf("%s: first quote %q, want the sentence with %q", c.id, p.Evidence[0].Quote, c.quote)
		}
	}
}

// TestFactsDeveloperPolicy: a policy that tells developers what their apps
// must do with users' data states rules for the reader, not what the service
// does: no practice is read from it, while a privacy policy that now and
// then says what the reader must do keeps its facts.
func TestFactsDeveloperPolicy(t *testing.T) {
	rule := "Your app must be transparent about how it handles user data. You must not sell personal data collected by your app. If your app shares data with third parties, you must disclose it in your app's listing. You must delete user data when your users ask. "
	dev := "# User data policy\n\n" + strings.Repeat(rule, 4)
	for _, id := range []string{"sells-data", "third-party-access", "data-deletion"} {
		if p := answerOf(t, dev, id); p.Answer != AnswerUnknown || len(p.Evidence) > 0 {
			t.Errorf("developer policy: %s %s with %d quotes, want unknown", id, p.Answer, len(p.Evidence))
		}
	}
	policy := "# Privacy policy\n\nWe do not sell your personal data. You must be 16 or older to use our app. " + strings.Repeat("We collect your email address to send you receipts and to answer your questions. ", 6)
	if p := answerOf(t, policy, "sells-data"); p.Answer != "no" {
		t.Errorf("privacy policy: sells-data %s, want no", p.Answer)
	}
	// A contract between businesses (a data processing addendum) binds the
	// business customer: its promises are made to the customer, not to the
	// people whose data it is.
	clause := "The Receiving Controller will not sell Customer Personal Data. Each party will notify the other party of a security incident. The Customer will delete data when the parties agree. Either party may change this Addendum with notice to the Customer. "
	for _, c := range []struct{ lang, text string }{
		{"en", "# Data protection terms\n\n" + strings.Repeat(clause, 4)},
		{"fr", "# Conditions de protection des données\n\n" + strings.Repeat("Chaque partie informera l'autre d'un incident de sécurité. Les parties ne vendent pas les données du client. Le client devra supprimer les données à la fin du contrat. ", 5)},
		{"ar", "# شروط حماية البيانات\n\n" + strings.Repeat("يلتزم كل طرف بإخطار الطرف الآخر بأي حادث أمني. لا يبيع الطرفان بيانات العميل الشخصية. يحذف كل طرف البيانات عند انتهاء العقد. ", 5)},
	} {
		for _, id := range []string{"sells-data", "data-breaches", "revision-notify"} {
			if p := answerOf(t, c.text, id); p.Answer != AnswerUnknown || len(p.Evidence) > 0 {
				t.Errorf("%s contract: %s %s with %d quotes, want unknown", c.lang, id, p.Answer, len(p.Evidence))
			}
		}
	}
	policy = "# Privacy policy\n\nWe do not sell your personal data. If you are a business customer, the parties to your contract are named in it. " + strings.Repeat("We collect your email address to send you receipts and to answer your questions. ", 6)
	if p := answerOf(t, policy, "sells-data"); p.Answer != "no" {
		t.Errorf("privacy policy naming the parties once: sells-data %s, want no", p.Answer)
	}
}

// TestFactsHedgedChangeConsent: consent to changes the service will only
// "attempt" to obtain speaks of change notices without promising one, so
// silence does not answer "no".
func TestFactsHedgedChangeConsent(t *testing.T) {
	p := answerOf(t, "For revisions to this policy that may be materially less protective of your data, we will attempt to obtain your consent first.", "revision-notify")
	if p.Answer == "yes" || !p.Mentioned {
		t.Errorf("revision-notify %s (mentioned %v), want a mention without an answer", p.Answer, p.Mentioned)
	}
}

// TestFactsTailoredOffersNotSilence: a whole policy that sends "offers
// tailored to your needs" speaks of targeting, so its silence on targeted
// advertising does not answer "no" (French, English).
func TestFactsTailoredOffersNotSilence(t *testing.T) {
	cases := []struct{ filler, offers string }{
		{"Nous collectons votre adresse e-mail pour vous envoyer vos reçus et répondre à vos questions. ",
			"* Communications sur les services et offres adaptés aux besoins des patients : Consentement\n"},
		{"We collect your email address to send you receipts and to answer your questions. ",
			"* Communications about services and offers tailored to your needs: consent\n"},
	}
	for _, c := range cases {
		silent := "# Policy\n\n" + strings.Repeat(c.filler, 60)
		if p := answerOf(t, silent, "behavioral-marketing"); p.Answer != "no" {
			t.Fatalf("a whole policy silent on ads: behavioral-marketing %s, want no", p.Answer)
		}
		if p := answerOf(t, silent+"\n## Purposes\n\n"+c.offers, "behavioral-marketing"); p.Answer == "no" {
			t.Errorf("%q: behavioral-marketing no, though the policy speaks of tailored offers", c.offers)
		}
	}
}

// TestFactsReferBackNotDataQuote: a sentence that refers to the one before
// ("You can control this through your device settings") names that one's
// data, not its own, so it quotes no list of data collected (English,
// French).
func TestFactsReferBackNotDataQuote(t *testing.T) {
	for _, c := range []struct{ text, ref string }{
		{"## What we collect\n\nIf you add a location tag to a post, we may collect precise location data and your IP address. You can control this through your device settings. We also collect your email address.\n",
			"You can control this"},
		{"## Données collectées\n\nSi vous ajoutez un lieu à une publication, nous pouvons collecter votre localisation précise et votre adresse IP. Vous pouvez gérer cela dans les réglages de votre appareil. Nous collectons aussi votre adresse e-mail.\n",
			"Vous pouvez gérer cela"},
	} {
		p := answerOf(t, c.text, "list-collected")
		if p.Answer != "generally" {
			t.Errorf("list-collected %s, want generally", p.Answer)
		}
		for _, e := range p.Evidence {
			if strings.Contains(e.Quote, c.ref) {
				t.Errorf("list-collected quotes %q, which refers to the sentence before", e.Quote)
			}
		}
	}
}

// TestFactsThreatListNotMeasures: the items of a list of what security
// protects against ("destruction,", "loss,") are no evidence of security.
func TestFactsThreatListNotMeasures(t *testing.T) {
	p := answerOf(t, "## Data security\n\nData security covers the measures taken to protect data against the following events:\n\n* destruction,\n* loss,\n* unauthorised disclosure of personal data sent, stored or processed.\n\nWe protect your data with appropriate safeguards.\n", "security")
	for _, e := range p.Evidence {
		if strings.HasPrefix(e.Quote, "destruction") || strings.HasPrefix(e.Quote, "loss") || strings.HasPrefix(e.Quote, "unauthorised") {
			t.Errorf("security quotes %q, a threat, not a measure", e.Quote)
		}
	}
}

// TestFactsReviewQuotedFirst: where reviews over concrete measures make
// security "yes-audits", the review is quoted first, for it shows the
// answer; the measure it reviews only shows "yes".
func TestFactsReviewQuotedFirst(t *testing.T) {
	text := "## Security\n\nOur security measures include the following:\n\n* Physical protection measures for our data centres\n* Secure data backup\n* Security information and event management (SIEM)\n"
	_, p := quotedAnswer(t, text, "security", "yes-audits")
	if !strings.Contains(p.Evidence[0].Quote, "SIEM") {
		t.Errorf("security quotes %q first, not the review", p.Evidence[0].Quote)
	}
}

// TestFactsProvidersQuotedFirst: where the service shares only with the
// providers it needs, the sentence that shares with its service providers
// is quoted first, not the lead-in of a list whose first item is its own
// staff, who are no third party.
func TestFactsProvidersQuotedFirst(t *testing.T) {
	text := "## Sharing\n\nWe may share your personal data on a need-to-know basis with the following parties:\n\n* **Our staff.** Authorised members of our teams who need to access your personal data to do their jobs.\n\nWe may also share your personal data with our service providers.\n"
	_, p := quotedAnswer(t, text, "third-party-access", "yes-unspecified-critical")
	if !strings.Contains(p.Evidence[0].Quote, "service providers") {
		t.Errorf("third-party-access quotes %q first, not the sharing with providers", p.Evidence[0].Quote)
	}
}

// TestFactsOtherSourcesQuote: where the service collects from others, a
// sentence whose only example is a source it needs (its carriers updating
// addresses) quotes after one that names others (co-branded partners).
func TestFactsOtherSourcesQuote(t *testing.T) {
	for _, text := range []string{
		"## Data we collect\n\nWe may also receive other information about you from other sources, such as updated delivery addresses from our carriers, which we use to correct our records. We also receive information about you from other companies with which we offer co-branded services.\n",
		"## Données collectées\n\nNous collectons des informations vous concernant auprès d'autres sources, par exemple des adresses mises à jour par nos transporteurs. Nous collectons aussi des informations vous concernant auprès d'autres sources, par exemple les entreprises de nos offres co-brandées.\n",
	} {
		p := answerOf(t, text, "third-party-collection")
		if p.Answer != "yes" || len(p.Evidence) == 0 {
			t.Fatalf("third-party-collection %s with %d quotes, want yes, quoted", p.Answer, len(p.Evidence))
		}
		if q := p.Evidence[0].Quote; strings.Contains(q, "carriers") || strings.Contains(q, "transporteurs") {
			t.Errorf("third-party-collection quotes %q first, a source the service needs", q)
		}
	}
}

// TestFactsDeclinedRequestNotDeletion: declining a request ("such as when
// you request deletion of an account under investigation") is no evidence
// of deletion; the sentence that respects the reader's ability to delete is
// quoted instead.
func TestFactsDeclinedRequestNotDeletion(t *testing.T) {
	text := "## Your privacy rights\n\nAt Acme, we respect your ability to know, access, correct and delete your personal data.\n\n## Exceptions\n\nWe may also decline to grant a request where doing so would undermine our use of data for anti-fraud purposes, such as when you request deletion of an account that is being investigated.\n"
	_, p := quotedAnswer(t, text, "data-deletion", "yes-contact")
	for _, e := range p.Evidence {
		if strings.Contains(e.Quote, "decline") {
			t.Errorf("data-deletion quotes %q, a refusal", e.Quote)
		}
	}
}

// TestFactsOptOutQuotedFirst: where targeted ads come with an opt-out, a
// sentence that names both the opt-out and the ads is quoted first, for it
// shows the whole answer (English, French); limiting how often an ad is
// shown is no opt-out.
func TestFactsOptOutQuotedFirst(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"## Advertising\n\nWe show you personalised ads based on your activity on our site and on other sites.\n\n## Your choices\n\nYou can opt out of personalised ads at any time in your account settings.\n", "opt out"},
		{"## Publicité\n\nNous vous montrons des publicités personnalisées selon votre activité sur notre site et sur d'autres sites.\n\n## Vos choix\n\nVous pouvez vous opposer aux publicités personnalisées à tout moment dans les paramètres de votre compte.\n", "opposer"},
	} {
		rep, err := Score(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "behavioral-marketing")
		if p.Answer != "yes-opt-out" || len(p.Evidence) == 0 {
			t.Fatalf("behavioral-marketing %s with %d quotes, want yes-opt-out, quoted", p.Answer, len(p.Evidence))
		}
		if !strings.Contains(p.Evidence[0].Quote, c.want) {
			t.Errorf("behavioral-marketing quotes %q first, not the opt-out", p.Evidence[0].Quote)
		}
	}
	text := "We show you ads based on your previous activity on our website. Our cookies also let us limit how many times you see the same ads."
	if p := answerOf(t, text, "behavioral-marketing"); p.Answer == "yes-opt-out" {
		t.Errorf("limiting how often an ad is shown read as an opt-out: %s", p.Answer)
	}
}

// TestFactsSecurityLabelsHold: the raters answer `somewhat` for general
// words beside monitoring of the service's systems, so the label of
// `somewhat` must not say that no audit is mentioned; it says only what
// holds for every `somewhat`, in each language.
func TestFactsSecurityLabelsHold(t *testing.T) {
	text := "## Security\n\nWe take all necessary measures to ensure the security of personal data. We monitor and update our systems regularly to prevent security breaches.\n"
	rep, err := Score(text, Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	p := practiceOf(rep.Practices, "security")
	if p.Answer != "somewhat" {
		t.Fatalf("security: %s, want somewhat", p.Answer)
	}
	for _, lang := range []string{"en", "ar", "fr", "de", "es"} {
		label, _ := PracticeText("security", "somewhat", lang)
		for _, claim := range []string{"audit", "تدقيق", "Prüfung", "auditoría"} {
			if strings.Contains(label, claim) {
				t.Errorf("%s label %q claims no audit is mentioned", lang, label)
			}
		}
	}
}

// TestFactsOptOutQuoteNotPrinciples: following an industry's
// self-regulatory principles offers the reader no way out; the opt-out
// quoted first is a sentence that gives one (English, French).
func TestFactsOptOutQuoteNotPrinciples(t *testing.T) {
	cases := []struct{ text, lang, quote string }{
		{"## Interest-based advertising\n\nWe show you interest-based ads based on your visits to other websites. In doing so, we adhere to the Digital Advertising Alliance's Self-Regulatory Principles for Online Behavioral Advertising. You may opt out of interest-based ads by visiting the Network Advertising Initiative.\n",
			"en", "You may opt out"},
		{"## Publicité ciblée\n\nNous vous montrons des publicités ciblées selon votre navigation. Nous adhérons aux Principes d’Autoréglementation pour la Publicité Comportementale en Ligne de la Digital Advertising Alliance. Vous pouvez vous opposer aux publicités ciblées dans vos paramètres.\n",
			"fr", "Vous pouvez vous opposer"},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{Language: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, "behavioral-marketing")
		if p.Answer != "yes-opt-out" || len(p.Evidence) == 0 || !strings.Contains(p.Evidence[0].Quote, c.quote) {
			t.Errorf("%s: %s quoting %+v, want yes-opt-out quoting %q first", c.lang, p.Answer, p.Evidence, c.quote)
		}
	}
}

// TestFactsListQuotedAsList: the items of one list that name the data
// collected are quoted together, under their lead-in, before a sentence
// that names one kind of data; so are a list's security measures.
func TestFactsListQuotedAsList(t *testing.T) {
	cases := []struct{ text, id, want, quote string }{
		{"## Types of data collected\n\n**Personal data**\n\nWhile using our Service, we may ask you to provide us with certain personally identifiable information. Personally identifiable information may include, but is not limited to:\n\n1. Email address\n2. First name and last name\n3. Cookies and Usage Data\n\nWe may also collect information that your browser sends whenever you visit our Service (\"Usage Data\").\n",
			"list-collected", "generally", "Email address; First name and last name; Cookies and Usage Data"},
		{"## Données collectées\n\nNous collectons les données suivantes :\n\n- vos nom et prénom ;\n- vos coordonnées (adresse, numéro de téléphone, adresse e-mail) ;\n- votre date de naissance.\n\nNous pouvons aussi collecter votre adresse IP lorsque vous visitez le site.\n",
			"list-collected", "generally", "vos nom et prénom ; vos coordonnées"},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, c.id)
		if p.Answer != c.want || len(p.Evidence) == 0 || !strings.Contains(p.Evidence[0].Quote, c.quote) {
			t.Errorf("%s: %s quoting %+v, want %s quoting %q", c.id, p.Answer, p.Evidence, c.want, c.quote)
		}
	}
}

// TestFactsChangelogEntries: an entry of a change log ("May 25, 2018:
// Added …") tells what changed in the policy, not what the service does:
// it raises the policy's history and nothing else, in each language.
func TestFactsChangelogEntries(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "## Change log\n\n* _May 25, 2018:_ Added more specific information on how we protect your data with encryption, and on our security audits.\n* _February 1, 2011:_ Clarified the subpoena language on when we disclose information to law enforcement as required by law.\n* _2010-06-01:_ Added the list of the service providers we share your personal data with.\n"},
		{"fr", "## Historique des modifications\n\n* 25 mai 2018 : ajout d'informations sur le chiffrement qui protège vos données et sur nos audits de sécurité.\n* 1er février 2011 : précisions sur la communication de vos données aux autorités judiciaires lorsque la loi l'exige.\n* 1 juin 2010 : ajout de la liste des prestataires avec lesquels nous partageons vos données personnelles.\n"},
		{"ar", "## سجل التغييرات\n\n* 25 مايو 2018: أضفنا معلومات عن التشفير الذي يحمي بياناتك وعن عمليات تدقيق الأمان.\n* 1 فبراير 2011: أوضحنا متى نفصح عن بياناتك لجهات إنفاذ القانون وفقًا لما يقتضيه القانون.\n* 1 يونيو 2010: أضفنا قائمة مقدمي الخدمات الذين نشارك معهم بياناتك الشخصية.\n"},
	}
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a, err := Analyze(c.text, Options{Language: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		df := e.readDocument(a.Text, a.Sentences)
		for si, name := range e.sigNames {
			if len(df.hits[si]) > 0 && !e.historySignal[si] {
				t.Errorf("%s: a change log raises %s", c.lang, name)
			}
		}
	}
	// Its entries still show the policy's history.
	if p := answerOf(t, cases[0].text, "history"); p.Answer != "yes" {
		t.Errorf("history of a change log: %s, want yes", p.Answer)
	}
	// A sentence about a date is no entry.
	for in, want := range map[string]bool{
		"_May 25, 2018:_ Added information.":            true,
		"2018-05-25: Added information.":                true,
		"1st of May 2018: Added information.":           true,
		"25 mai 2018 : ajout d'informations.":           true,
		"Version 2.0: Added information.":               false,
		"May 2018 update: Added information.":           false,
		"Note: we keep logs for 30 days.":               false,
		"Effective date: May 25, 2018.":                 false,
		"On 25 May 2018, we added information: a list.": false,
		"Section 25, 2018: Added information.":          false,
	} {
		r := &reader{e: e}
		if got := r.changelogEntry(in); got != want {
			t.Errorf("changelogEntry(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFactsServiceActsOnAccounts: what the service may do to an account or
// to content (delete it when a payment fails, remove content that breaks
// its terms or infringes rights), and what it does not control once data is
// shared, are no right of the reader's and no denial of sharing.
func TestFactsServiceActsOnAccounts(t *testing.T) {
	for _, c := range []struct {
		text    string
		signals []string
	}{
		{"If your payment method is no longer valid when a renewal fee is due, Acme reserves the right to delete your account and any information associated with your account without any liability to you.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"Acme may, at any time and without prior notice, remove or block any User Content that in our sole judgment violates these Terms, is alleged to violate the rights of third parties, or is otherwise objectionable.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"Acme's policy is to remove or disable access to material that it believes in good faith, upon notice from a rights owner, is infringing the intellectual property rights of a third party.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"Once sharing occurs, Acme will have no control over the information that has been shared.",
			[]string{"no-sharing", "no-sharing-all"}},
		{"Une fois le partage effectué, Acme n'a aucun contrôle sur les informations partagées.",
			[]string{"no-sharing", "no-sharing-all"}},
		{"Acme se réserve le droit de supprimer votre compte et les informations qui y sont associées si votre paiement échoue.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"نحتفظ بالحق في حذف حسابك والمعلومات المرتبطة به إذا تعذر الدفع.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"We are entitled to amend, supplement, delete or take other actions towards the Prohibited Content listed below at any time.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"In using the Service, you grant Acme a worldwide, perpetual, irrevocable, non-exclusive, royalty-free right and license (with the right to sublicense) to use, host, reproduce and delete your Inputs.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"Acme est en droit de supprimer sans consultation les messages enregistrés dans le compte du client s'ils dépassent 5 000.",
			[]string{"delete-self-serve", "delete-on-request"}},
		{"If the Client does not pay the first Fee within two weeks, Acme has the right to permanently delete the Account, including all Client Data therein.",
			[]string{"delete-self-serve", "delete-on-request"}},
		// Contract clauses name courts and warranties, not authorities
		// getting the reader's data.
		{"By uploading your content, you represent and warrant to us that you have all necessary rights and licenses to do so.",
			[]string{"law-enforcement"}},
		{"Either party may seek injunctive or other equitable relief in a court to prevent the infringement of intellectual property rights, including any provisional relief required to prevent irreparable harm.",
			[]string{"law-enforcement"}},
		{"En cas de contestation, les tribunaux administratifs français seront seuls compétents pour répondre à ce litige.",
			[]string{"law-enforcement"}},
		{"If you submit a Counter Notification, Acme will promptly provide the person who provided the Notification of Claimed Infringement with a copy of your Counter Notification, as required to comply with the law.",
			[]string{"law-enforcement"}},
	} {
		got := signalsOf(t, c.text)
		for _, s := range c.signals {
			if got[s] {
				t.Errorf("%q raises %s", c.text, s)
			}
		}
	}
	// A party that represents and warrants names no warrant of the police.
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{e: e}
	var rd reading
	r.read("You represent and warrant that you have all the rights needed to upload your content.", &rd)
	for _, c := range []string{"lawenf", "lawenf_strong", "strictlegal", "court_process"} {
		if rd.set.has(e.index[c]) {
			t.Errorf("\"represent and warrant\" reads as %s", c)
		}
	}
	// The reader's own deletion still reads, and so do the authorities
	// getting data under a court's order.
	for _, c := range []struct{ text, id, want string }{
		{"You can delete your account and any information associated with it at any time in your account settings.", "data-deletion", "yes-automated"},
		{"Every data subject shall have the right to require the controller to erase the personal data concerning him or her without undue delay.", "data-deletion", "yes-contact"},
		{"Acme may share your account data with a third party under order from a court of competent jurisdiction related to a lawsuit or investigation.", "law-enforcement", "reasonable"},
	} {
		if p := answerOf(t, c.text, c.id); p.Answer != c.want {
			t.Errorf("%q: %s = %s, want %s", c.text, c.id, p.Answer, c.want)
		}
	}
}

// TestFactsListOfRecipientsUnderHeading: a list under a heading that names
// it the list of the service's recipients ("List of Sub-processors") names
// them.
func TestFactsListOfRecipientsUnderHeading(t *testing.T) {
	text := "## List of Sub-processors\n\nAcme uses the following products and services:\n\n* **Stripe:** for card payments.\n* **Google Analytics:** for analysing how visitors browse our site.\n* **Sendgrid:** for sending emails.\n"
	if !signalsOf(t, text)["recipients-listed"] {
		t.Error("a list of sub-processors under its heading does not name the recipients")
	}
}

// TestFactsOneQuoteASignal: an answer quotes each signal of its decision
// once, its strongest sentence: a second sentence of the same signal (an
// item of a list of purposes after a promise to email changes) shows the
// answer no better and is often weaker. A sentence that raises every signal
// of the decision is quoted alone.
func TestFactsOneQuoteASignal(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	one := "We will tell you of any material change to this policy by email before it applies."
	two := "Our purposes include sending you notices about changes to our services and terms."
	three := "We will also show you a notice in the app when this policy changes in any way."
	text := one + " " + two + " " + three
	sentences := []Span{{0, len(one)}, {len(one) + 1, len(one) + 1 + len(two)}, {len(one) + len(two) + 2, len(text)}}
	notice, posted := e.sigIndex["change-notice"], e.sigIndex["change-notice-posted"]
	for _, c := range []struct {
		notice, posted []int // hits of each signal
		strength       []int8
		want           []string
	}{
		{[]int{0, 1, 2}, nil, []int8{3, 0, 1}, []string{one}},
		{[]int{0, 1, 2}, nil, []int8{0, 3, -2}, []string{two}},
		{[]int{0, 1}, []int{2}, []int8{1, 2}, []string{two, three}},
		{[]int{0, 2}, []int{2}, []int8{1, 1}, []string{three}},
	} {
		df := e.emptyFacts()
		for _, sig := range []struct {
			si   int
			hits []int
		}{{notice, c.notice}, {posted, c.posted}} {
			df.hits[sig.si] = sig.hits
			df.strength[sig.si] = c.strength[:len(sig.hits)]
			df.lead[sig.si] = make([]int, len(sig.hits))
			for k := range df.lead[sig.si] {
				df.lead[sig.si][k] = -1
			}
			df.focus[sig.si] = make([]float32, len(sig.hits))
		}
		var got []string
		for _, ev := range e.evidence(text, sentences, df, []string{"change-notice", "change-notice-posted"}, false, maxEvidence) {
			got = append(got, ev.Quote)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("hits %v and %v, strengths %v: quotes %q, want %q", c.notice, c.posted, c.strength, got, c.want)
		}
	}
}

// TestFactsListEndsAtParagraph: a paragraph between items read with one
// lead-in ends the list they make, so a list of the data collected is
// quoted without the list of occasions above it.
func TestFactsListEndsAtParagraph(t *testing.T) {
	text := "## Information you give us\n\nWe gather information that you provide to us when you:\n\n" +
		"* Fill in forms, run searches, post content on the website or answer surveys\n" +
		"* Make an inquiry or send us feedback by email or by post\n" +
		"* Register for and update an online account with us\n\n" +
		"The information you provide to us will include (depending on the circumstances):\n\n" +
		"* **Identity and contact data**: names, postal addresses, email addresses and phone numbers.\n" +
		"* **Account data**: username, password and your preferences.\n" +
		"* **Financial data**: billing addresses and card details.\n"
	p := answerOf(t, text, "list-collected")
	if p.Answer != "generally" || len(p.Evidence) == 0 {
		t.Fatalf("list-collected: %s quoting %+v, want generally", p.Answer, p.Evidence)
	}
	if q := p.Evidence[0].Quote; !strings.HasPrefix(q, "Identity and contact data") || strings.Contains(q, "Fill in forms") {
		t.Errorf("list-collected quotes %q, want the list of data alone", q)
	}
}

// TestFactsRepeatedSentenceOnce: a sentence repeated word for word under
// every section states nothing the first did not: one measure beside
// general words stays one measure.
func TestFactsRepeatedSentenceOnce(t *testing.T) {
	block := "We take all appropriate and reasonable security measures to:\n\n* help protect your information against loss, misuse and unauthorised access\n* protect the confidentiality of your personal information, such as by using secured servers with firewalls\n\n"
	text := "## Security\n\n" + block + "## Security of your profile\n\nYour profile is visible to other members.\n\n" + block + "## Security of your payments\n\nYour card is charged by our payment provider.\n\n" + block
	if p := answerOf(t, text, "security"); p.Answer != "somewhat" {
		t.Errorf("security %s, want somewhat", p.Answer)
	}
}

// TestFactsNotAddressedToChildren: French "ne s'adressent pas aux enfants"
// says the services are not meant for children.
func TestFactsNotAddressedToChildren(t *testing.T) {
	text := "Nos services ne s'adressent pas aux enfants de moins de 13 ans."
	if p := answerOf(t, text, "children"); p.Answer != "not-directed" {
		t.Errorf("%q: children %s, want not-directed", text, p.Answer)
	}
}

// TestFactsTermsReadForPlainStatements: a terms of service is read only for
// what a contract states plainly of the reader's data (age, deleting one's
// account, the authorities, selling, ads, cookies); its fees that change
// with notice, its payment clauses and its own date answer no question of
// the privacy policy's.
func TestFactsTermsReadForPlainStatements(t *testing.T) {
	text := "# Terms of Service\n\nLast updated: June 9, 2025\n\n" +
		"You must be at least 13 years old to use the Service. " +
		"You can delete your account at any time in your account settings. " +
		"We may change the fees for any feature of the Service if we give you advance notice of the changes by email. " +
		"If your payment cannot be completed, we may collect the unpaid amounts and your billing details from our payment processor. " +
		"We may disclose your information to law enforcement when required by law.\n"
	rep, err := Score(text, Options{Kind: legible.KindTerms})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{
		"children":               "not-directed",
		"data-deletion":          "yes-automated",
		"law-enforcement":        "reasonable",
		"revision-notify":        AnswerUnknown,
		"list-collected":         AnswerUnknown,
		"history":                AnswerUnknown,
		"third-party-collection": AnswerUnknown,
	} {
		if p := practiceOf(rep.Practices, id); p.Answer != want {
			t.Errorf("%s = %s, want %s", id, p.Answer, want)
		} else if want == AnswerUnknown && len(p.Evidence) > 0 {
			t.Errorf("%s unknown quotes %+v", id, p.Evidence)
		}
	}
	// The same words in a privacy policy answer.
	rep, err = Score(text, Options{Kind: legible.KindPrivacy})
	if err != nil {
		t.Fatal(err)
	}
	if p := practiceOf(rep.Practices, "history"); p.Answer == AnswerUnknown {
		t.Error("a privacy policy's date is not read")
	}
}

// TestFactsDeniedConditionNoPractice: an action the service states only in
// a negated condition ("If we cannot access your GPS location, we will use
// your IP address …") is not done; the sentence quotes no collection. The
// action in the main clause of a negated condition still holds.
func TestFactsDeniedConditionNoPractice(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	collects := e.sigIndex["collects"]
	cases := []struct {
		text string
		want bool
	}{
		{"If we cannot access your GPS location, we will use your IP address and country code to set your approximate location.", false},
		{"Si nous ne pouvons pas collecter votre position GPS, nous utilisons votre adresse IP pour estimer votre ville.", false},
		{"If you do not sign in, we collect your IP address and device identifiers.", true},
		{"If you allow it, we access your GPS location to show you nearby events.", true},
	}
	for _, c := range cases {
		a, err := Analyze(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		df := e.readDocument(a.Text, a.Sentences)
		if got := len(df.hits[collects]) > 0; got != c.want {
			t.Errorf("%q: collects %v, want %v", c.text, got, c.want)
		}
	}
	text := "## Data we process\n\nIf we cannot access your GPS location, we will use your IP address and country code to set your approximate location to your state capital.\n\nWhen you register, we collect the following data:\n\n- Username\n- Date of birth\n- Email address\n- Password\n"
	_, p := quotedAnswer(t, text, "list-collected", "generally")
	if !strings.Contains(p.Evidence[0].Quote, "Username") {
		t.Errorf("list-collected quotes %q first, want the list of data", p.Evidence[0].Quote)
	}
}

// TestFactsPermanentDeletionQuotedFirst: a way to delete one's data for
// good ("permanently delete", "supprimer définitivement") shows a deletion
// answer better than editing one's profile, quoted first.
func TestFactsPermanentDeletionQuotedFirst(t *testing.T) {
	cases := []struct{ text, lang, want, quote string }{
		{"## Your choices\n\nYou can log in to your account settings. Once there, you may modify information that is incorrect and delete certain information from your profile.\n\nIf you wish to retrieve your account data or permanently delete your data, please follow the instructions in your account settings at https://example.com/settings/privacy/.\n",
			"en", "yes-automated", "permanently delete"},
		{"## Vos choix\n\nDans les paramètres de votre profil, vous pouvez modifier des informations inexactes et supprimer certaines informations de votre profil.\n\nVous pouvez supprimer définitivement votre compte et vos données dans les paramètres de votre compte.\n",
			"fr", "yes-automated", "définitivement"},
	}
	for _, c := range cases {
		p := answerIn(t, c.text, c.lang, "data-deletion")
		if p.Answer != c.want || len(p.Evidence) == 0 || !strings.Contains(p.Evidence[0].Quote, c.quote) {
			t.Errorf("%s: data-deletion %s quoting %+v, want %s quoting %q first", c.lang, p.Answer, p.Evidence, c.want, c.quote)
		}
	}
}

// TestFactsUnnamedAnswerQuotesNoNamedProvider: "shares beyond the providers
// it needs, not all named" rests on the analytics partner; a sentence naming
// its payment providers does not show it and is not quoted.
func TestFactsUnnamedAnswerQuotesNoNamedProvider(t *testing.T) {
	text := "## Analytics\n\nWe may use cookies, clear GIFs, third-party web analytics, device information and IP addresses to measure performance.\n\nWe use Google Analytics, which places a cookie on your device, to measure how visitors use our websites.\n\n## Payments\n\nWhen you buy something, you pay through one of our payment providers: Stripe or PayPal.\n"
	p := answerIn(t, text, "en", "third-party-access")
	if p.Answer != "yes-unspecified" || len(p.Evidence) != 1 || !strings.Contains(p.Evidence[0].Quote, "Google Analytics") {
		t.Errorf("third-party-access %s quoting %+v, want yes-unspecified quoting only the analytics sentence", p.Answer, p.Evidence)
	}
}

// TestFactsNumberedTitleIsHeading: a numbered section title that lost its
// markup ("11. Modification de notre politique de confidentialité") heads
// its section: the promise under it to tell the reader ("Nous vous en
// informerons") is a change notice.
func TestFactsNumberedTitleIsHeading(t *testing.T) {
	text := "10. Vos droits\n\nVous pouvez demander l'accès à vos données.\n\n11. Modification de notre politique de confidentialité et de traitement de données personnelles\n\nLa présente politique est susceptible de connaître des modifications occasionnelles. Nous vous en informerons et/ou solliciterons votre accord, lorsque cela est nécessaire.\n"
	if p := answerIn(t, text, "fr", "revision-notify"); p.Answer != "yes" || len(p.Evidence) == 0 || !strings.Contains(p.Evidence[0].Quote, "informerons") {
		t.Errorf("revision-notify %s quoting %+v, want yes quoting the promise to inform", p.Answer, p.Evidence)
	}
}

// TestFactsSuchAggregatedData: "such data" after a sentence that aggregates
// or de-identifies data, in its paragraph, is that aggregated data: sharing
// it shares no personal data. After a sentence that collects personal data
// it is personal data still.
func TestFactsSuchAggregatedData(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"We may aggregate and/or de-identify any information collected through our Services so that such information can no longer be linked to you or your device. We may use such information for any purpose and may also share such data with any third parties, including advertisers, partners, and sponsors.", "en", "unknown"},
		{"Nous pouvons anonymiser les informations collectées afin qu'elles ne permettent plus de vous identifier. Nous pouvons partager ces données avec des tiers, y compris des annonceurs.", "fr", "unknown"},
		{"We collect your name and email address when you register. We may share such information with advertisers and other third parties.", "en", "yes-unspecified"},
	}
	for _, c := range cases {
		if p := answerIn(t, c.text, c.lang, "third-party-access"); p.Answer != c.want {
			t.Errorf("%q: third-party-access %s quoting %+v, want %s", c.text, p.Answer, p.Evidence, c.want)
		}
	}
}

// TestFactsSharedExperienceFrench: "le partage d'expérience" among doctors
// shares no one's data.
func TestFactsSharedExperienceFrench(t *testing.T) {
	text := "L’échange et le partage d’expérience au sein des membres de la Communauté médicale et de la Direction médicale participant au Service de Téléconsultation 7/7 Fournir via la Direction médicale et la communauté médicale, une aide et une assistance aux PS partenaires."
	if p := answerIn(t, text, "fr", "third-party-access"); p.Answer != AnswerUnknown {
		t.Errorf("third-party-access %s quoting %+v, want unknown", p.Answer, p.Evidence)
	}
}

// TestFactsOptOutQuotedOnce: targeted ads with a way out quote the ads and
// the way out once: a plain statement of the way out stands for the other
// sentences that opt out, which are not quoted after it.
func TestFactsOptOutQuotedOnce(t *testing.T) {
	text := "## Advertising\n\nWe show you personalised ads that are relevant to your interests, based on data from your profile and limited data we infer about you.\n\nYou can opt out of personalised ads at any time in your Advertising Data settings.\n\nYou may also opt out of interest-based advertising through the Digital Advertising Alliance.\n\nYou can opt out of our use of your data to train our AI models at any time.\n"
	p := answerIn(t, text, "en", "behavioral-marketing")
	if p.Answer != "yes-opt-out" || len(p.Evidence) != 2 {
		t.Fatalf("behavioral-marketing %s quoting %+v, want yes-opt-out with two quotes", p.Answer, p.Evidence)
	}
	for _, ev := range p.Evidence {
		if strings.Contains(ev.Quote, "AI models") {
			t.Errorf("quotes %q, an opt-out of AI training", ev.Quote)
		}
	}
}

// TestFactsPlainDenialOfSaleQuoted: a plain denial of selling ("We do not
// sell your personal data") is quoted before one limited to targeted
// advertising or to a law's definition of a sale.
func TestFactsPlainDenialOfSaleQuoted(t *testing.T) {
	for _, text := range []string{
		"While we use these cookies to measure our marketing, we do not sell or share personal data for cross-context behavioral advertising as defined under applicable privacy laws.\n\nWe do not sell your personal data.\n",
		"Acme does not sell your personal information, as defined under the CCPA.\n\nAcme does not sell your personal information.\n",
	} {
		_, p := quotedAnswer(t, text, "sells-data", "no")
		if q := p.Evidence[0].Quote; strings.Contains(q, "defined") {
			t.Errorf("sells-data quotes %q first, want the plain denial", q)
		}
	}
}

// TestFactsDoubleNegationHolds: "never … without being" states the practice
// ("is never sent … without first being encrypted": it is always
// encrypted), in each language; "never … without your consent" is still a
// denial.
func TestFactsDoubleNegationHolds(t *testing.T) {
	cases := []struct{ text, lang, id, want string }{
		{"Your data, including personal information, is never sent to our servers without first being encrypted on your device using AES 256 bit encryption.", "en", "security", "somewhat"},
		{"Vos données ne sont jamais envoyées vers nos serveurs sans avoir été chiffrées sur votre appareil.", "fr", "security", "somewhat"},
		{"We never sell your personal data without your consent.", "en", "sells-data", "unknown"},
	}
	for _, c := range cases {
		if p := answerIn(t, c.text, c.lang, c.id); p.Answer != c.want {
			t.Errorf("%q: %s %s quoting %+v, want %s", c.text, c.id, p.Answer, p.Evidence, c.want)
		}
	}
}

// TestFactsSummaryOffered: a policy that offers its reader a short version
// elsewhere ("if you only have a few minutes, see this overview", "des
// résumés faciles à comprendre") has a summary, in each language.
func TestFactsSummaryOffered(t *testing.T) {
	cases := []struct{ text, lang string }{
		{"We encourage you to read our Privacy Policy in full, but if you only have a few minutes, you can check out this video and overview.", "en"},
		{"Notre Centre de confidentialité est conçu pour vous donner des résumés faciles à comprendre de nos pratiques en matière de vie privée.", "fr"},
	}
	for _, c := range cases {
		if p := answerIn(t, c.text, c.lang, "summary"); p.Answer != "yes" || len(p.Evidence) == 0 {
			t.Errorf("%q: summary %s quoting %+v, want yes, quoted", c.text, p.Answer, p.Evidence)
		}
	}
}

// TestFactsLabelledItemOwnActor: a list item made of a run-in label and a
// sentence with its own actor ("Regular Security Audits: Our team conducts
// regular audits …") says what it says itself, not read with its lead-in.
func TestFactsLabelledItemOwnActor(t *testing.T) {
	text := "## Security\n\nWe incorporate commercially reasonable safeguards to protect your data. Our security setup is built to keep your data safe and includes these key components:\n\n* Data Retention Policy: We retain your personal information only as long as necessary.\n* Multi-Factor Authentication (MFA): To enhance security, we use MFA for accessing sensitive data and systems.\n* Regular Security Audits and Assessments: Our team conducts regular audits and vulnerability assessments to identify and address potential security risks.\n"
	p := answerIn(t, text, "en", "security")
	if p.Answer != "yes-audits" || len(p.Evidence) == 0 || !strings.Contains(p.Evidence[0].Quote, "regular audits") {
		t.Errorf("security %s quoting %+v, want yes-audits quoting the audits", p.Answer, p.Evidence)
	}
}

// TestFactsEnumeratedItems: paragraphs enumerated "(a) …", "(h) …" are the
// items of the lead-in above them: under "You will not … to:" they forbid,
// and say nothing the service does.
func TestFactsEnumeratedItems(t *testing.T) {
	text := "## 2. Using the Products\n\nRestrictions. We own all right, title, and interest in and to the Products. You only receive rights to use the Products as explicitly granted in these Terms. You will not, and will not permit any other person to:\n\n(a) Use the Products in a manner that violates any applicable laws;\n\n(g) Use any method to extract any content from the Products; or\n\n(h) Buy, sell, or transfer API keys or accounts from, to or with a third party."
	if p := answerIn(t, text, "en", "third-party-access"); p.Answer != AnswerUnknown {
		t.Errorf("third-party-access %s quoting %+v, want unknown", p.Answer, p.Evidence)
	}
}

// TestFactsContractNoSharingOrDeletion: a contract's machinery is no
// practice of the service's: a party's duty to keep the other's
// confidential information from third parties shares nothing, and a
// copyright counter notification's statement that material was removed
// deletes nothing of the reader's.
func TestFactsContractNoSharingOrDeletion(t *testing.T) {
	cases := []struct {
		text, id string
		kind     legible.DocKind
	}{
		{"Each Party will take such steps as may be reasonable in the circumstances, or as may be reasonably requested by the other party, to prevent any unauthorized disclosure, copying or use of the Confidential Information by such third parties.", "third-party-access", legible.KindPrivacy},
		{"14.5. Counter Notification. If you receive a notification that material made available by you has been the subject of a notification of claimed infringement, you may provide a written counter notification that must include:\n\n(b) identification of the material that has been removed or to which access has been disabled;\n\n(c) a statement under penalty of perjury that you have a good faith belief that the material was removed or disabled as a result of mistake or misidentification of the material to be removed or disabled; and\n\n(d) your name, address, and telephone number.", "data-deletion", legible.KindTerms},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{Language: "en", Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		if p := practiceOf(rep.Practices, c.id); p.Answer != AnswerUnknown {
			t.Errorf("%q: %s %s quoting %+v, want unknown", c.text, c.id, p.Answer, p.Evidence)
		}
	}
}

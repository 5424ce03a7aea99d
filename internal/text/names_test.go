package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsAgency(t *testing.T) {
	t.Parallel()
	for w, want := range map[string]bool{"dpa": true, "JIJI": true, "AP": true, "Reuters": true, "Hamburg": false, "Altona": false, "": false} {
		assert.Equal(t, want, IsAgency(w), w)
	}
}

func TestIsOrganization(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		sites []string
		want  bool
	}{
		{"Reuters", nil, true},
		{"AP", nil, true},
		{"dpa", nil, true},
		{"AFP", nil, true},
		{"Associated Press", nil, true},
		{"The Associated Press", nil, true},
		{"BBC News", nil, true},
		{"Staff", nil, true},
		{"TMZ STAFF", nil, true},
		{"News Desk", nil, true},
		{"Editorial Board", nil, true},
		{"Redaktion", nil, true},
		{"NZZ-Redaktion", nil, true},
		{"Sportredaktion", nil, true},
		{"上報快訊", nil, true}, // a news-flash desk (upmedia.mg)
		{"范姜佳鈺", nil, false},
		{"ORF.at", nil, true},
		{"www.koffergepackt.com", nil, true},
		{"Wake Forest University Health Sciences", nil, true},
		{"Apartment Therapy Submissions", nil, true},
		{"The Daily Star", nil, true},
		{"Bloomberg News", nil, true},
		{"Bloomberg", nil, true},
		{"Meridian Tribune", []string{"The Meridian Tribune"}, true},
		{"meridiantribune.com", []string{"www.meridiantribune.com"}, true},
		{"Jane Doe", nil, false},
		{"Michael Bloomberg", nil, false},
		{"Tim O'Reilly", nil, false},
		{"Daniel D. Von Hoff", nil, false},
		{"松村太郎", nil, false},
		{"", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, IsOrganization(tt.name, tt.sites...))
		})
	}
}

func TestLooksLikeName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s    string
		want bool
	}{
		{"Jane Doe", true},
		{"JANE DOE", true},
		{"Laura E. Adkins", true},
		{"T.C. Sottek", true},
		{"Lisa de Moraes", true},
		{"Michelina C. de la Maza", true},
		{"Alexa von Heyden", true},
		{"Kendall Van Keuren-Jensen", true},
		{"Tim O'Reilly", true},
		{"Bradon R. McDonald", true},
		{"Chokri GHARBI", true},
		{"Prof. Dr. Rainer Quitzow", true},
		{"Martin Luther King Jr.", true},
		{"Ярослав Кузишин", true},
		{"松村太郎", true},
		{"배윤경", true},
		{"中村 真子", true},
		{"Paul", false},       // one word
		{"jane doe", false},   // lower case
		{"Jane Doe 2", false}, // digit
		{"Jane Doe?", false},
		{"Jane Doe (AP)", false},
		{"@janedoe", false},
		{"News Desk", false},
		{"Staff Writer", false},
		{"Follow Author", false},
		{"ACLU Racial Justice Program", false},
		{"Kelli Miller WebMD", false},
		{"SizeSmallMedium Large", false},
		{"Wirtschaft in der Schweiz.", false},
		{"El Retador y", false},
		{"Prince and the Revolution", false},
		{"One Two Three Four Five Six", false},
		{"IT系の雑誌編集者、オンラインメディア発行人を経て独立。", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, LooksLikeName(tt.s))
		})
	}
}

func TestDeclaredName(t *testing.T) {
	t.Parallel()
	tests := []struct{ s, want string }{
		{"Mobasir hassan", "Mobasir hassan"},
		{" Mobasir  hassan ", "Mobasir hassan"},
		{"Jane Doe", ""},                 // LooksLikeName takes it: not needed here
		{"NEW WORK Experience", ""},      // capitalised: not a case problem
		{"mobasir hassan", ""},           // the first word must be capitalised
		{"Jane doe2", ""},                // digits
		{"Redaktion online", ""},         // a desk
		{"Anna", ""},                     // one word
		{"Jane van doe smith x", ""},     // five words
		{"Der ausgewählte Zeitraum", ""}, // an article first
		{"Anna maria hassan", ""},        // two lower-case words
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, DeclaredName(tt.s))
		})
	}
}

func TestFixCase(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"JANE DOE", "Jane Doe"},
		{"TIM O'REILLY", "Tim O'Reilly"},
		{"LAUREN JARVIS-GIBSON", "Lauren Jarvis-Gibson"},
		{"J. I. DA SILVA", "J. I. da Silva"},
		{"BILL MCCARTHY", "Bill McCarthy"},
		{"R.C. BAKER", "R.C. Baker"},
		{"Marisha GOLDHAMER", "Marisha GOLDHAMER"},
		{"Jane Doe", "Jane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, fixCase(tt.in))
		})
	}
}

func TestSiteKeys(t *testing.T) {
	t.Parallel()
	ks := siteKeys([]string{"Süddeutsche.de", "https://www.nytimes.com/", "The Globe and Mail", "Aktuálně.cz - Víte, co se právě děje"})
	assert.Subset(t, ks.full, []string{"suddeutsche", "sueddeutsche", "nytimes", "globeandmail", "aktualne"})
	assert.Contains(t, ks.label, "nytimes")
	assert.True(t, matchesSiteText("NYTimes.com", matchSuffix, ks))
	assert.True(t, matchesSiteText("THE GLOBE AND MAIL", matchExact, ks))
	assert.False(t, matchesSiteText("Mail", matchSuffix, ks))
}

func TestAgencyCredit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s    string
		want bool
	}{
		{"dpa", true},
		{"FR mit dpa", true},
		{"dpa/gem", true},
		{"ats/nxp", true},
		{"AP Photo", false},         // a picture credit
		{"mz", false},               // an editor's code, no agency
		{"SPD", false},              // a party
		{"Stand: 5.11.2021", false}, // a date
		{"Quelle: SWR", false},      // a label: the source, not a credit
		{"AFP und dpa", true},
		{"via Sports Illustrated", false},
		{"dpa AFP Reuters AP KNA", false}, // five words
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, AgencyCredit(tt.s))
		})
	}
}

func TestDeskName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s    string
		want bool
	}{
		{"IN-Redaktion", true},
		{"NZZ-Redaktion", true},
		{"Redaktion", false},    // a word alone
		{"Online", false},       // a word alone
		{"FAQ", false},          // an acronym
		{"example.com", false},  // a domain
		{"Jean-Luc", false},     // a name
		{"SZ Redaktion", false}, // two words
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, DeskName(tt.s))
		})
	}
}

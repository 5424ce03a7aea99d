package selectors

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Profile is a site's own rules: for the pages of Hosts, its rules for a
// field are tried before the generic ones. Its JSON form is
//
//	{"hosts": ["example.com"], "rules": {"byline": ["div.writer > a"], "discard": [".promo-box"]}}
//
// A host matches itself and its subdomains; "www." is ignored.
type Profile struct {
	Name  string             `json:"name,omitempty"`
	Hosts []string           `json:"hosts"`
	Rules map[Field][]string `json:"rules"`

	rules map[Field][]Rule
}

func (p Profile) compile() (Profile, error) {
	if len(p.Hosts) == 0 {
		return p, fmt.Errorf("selectors: profile %q has no hosts", p.Name)
	}
	p.rules = make(map[Field][]Rule, len(p.Rules))
	known := make(map[Field]bool, len(Fields))
	for _, f := range Fields {
		known[f] = true
	}
	for f, sels := range p.Rules {
		if !known[f] {
			return p, fmt.Errorf("selectors: profile %q: unknown field %q", p.Name, f)
		}
		for _, s := range sels {
			r := Rule{Selector: s, Note: "profile " + p.Name}
			if err := r.compile(f); err != nil {
				return p, fmt.Errorf("selectors: profile %q: %w", p.Name, err)
			}
			p.rules[f] = append(p.rules[f], r)
		}
	}
	hosts := make([]string, len(p.Hosts))
	for i, h := range p.Hosts {
		hosts[i] = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(h)), "www.")
	}
	p.Hosts = hosts
	return p, nil
}

func (p *Profile) matches(host string) bool {
	for _, h := range p.Hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// Load reads site profiles from JSON, either one Profile object or an array
// of them, and returns a new Set: the rules of s plus those profiles. An
// unknown field or an invalid selector is an error: nothing is loaded.
func (s *Set) Load(r io.Reader) (*Set, error) {
	data, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return nil, fmt.Errorf("selectors: reading profiles: %w", err)
	}
	var profiles []Profile
	trimmed := strings.TrimSpace(string(data))
	if strings.HasPrefix(trimmed, "{") {
		var p Profile
		err = json.Unmarshal(data, &p)
		profiles = []Profile{p}
	} else {
		err = json.Unmarshal(data, &profiles)
	}
	if err != nil {
		return nil, fmt.Errorf("selectors: decoding profiles: %w", err)
	}
	return s.With(profiles...)
}

// With returns a new Set: the rules of s plus profiles, which take
// precedence over those of s for their hosts.
func (s *Set) With(profiles ...Profile) (*Set, error) {
	out := &Set{generic: s.generic, profiles: append([]Profile(nil), s.profiles...)}
	for _, p := range profiles {
		cp, err := p.compile()
		if err != nil {
			return nil, err
		}
		out.profiles = append(out.profiles, cp)
	}
	return out, nil
}

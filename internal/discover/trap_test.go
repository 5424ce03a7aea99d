package discover

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestTrap(t *testing.T) {
	t.Parallel()
	now := time.Date(2024, 5, 3, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		url  string
		want string
	}{
		// Not traps.
		{"https://www.example.com/", ""},
		{"https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics", ""},
		{"https://www.example.com/2015/12/12/old-but-fine/", ""},
		{"https://www.example.com/2025/05/03/next-year-is-fine/", ""},
		{"https://www.example.com/a/b/c/d/e/f/g/h", ""},
		{"https://www.example.com/a/b/a/b/", ""},
		{"https://www.example.com/s?a=1&b=2&c=3&d=4&e=5&f=6", ""},
		{"https://www.example.com/calendar/2024/06/", ""},
		{"https://www.example.com/events?month=2025-01", ""},
		{"https://www.example.com/news?id=12345678901", ""},
		{"https://www.example.com/rtx/2999/", ""},
		{"https://www.example.com/a?sid=12", ""},
		{"https://www.example.com/x?v=3", ""},
		// Traps.
		{"https://www.example.com/" + strings.Repeat("a", MaxURLBytes), TrapTooLong},
		{"https://www.example.com/shop/list.jsp;jsessionid=A1B2C3D4E5?x=1", TrapSession},
		{"https://www.example.com/a?PHPSESSID=9f8e7d6c5b4a", TrapSession},
		{"https://www.example.com/a?sid=0123456789abcdef0123", TrapSession},
		{"https://www.example.com/a/b/a/b/a/", TrapRepeated},
		{"https://www.example.com/news/news/x/news", TrapRepeated},
		{"https://www.example.com/a/b/c/d/e/f/g/h/i", TrapDeep},
		{"https://www.example.com/s?a=1&b=2&c=3&d=4&e=5&f=6&g=7", TrapManyParams},
		{"https://www.example.com/s?a=1&a=2&a=3", TrapRepeatedParam},
		{"https://www.example.com/calendar/2031/05/", TrapCalendar},
		{"https://www.example.com/veranstaltungen/kalender/2019-01/", TrapCalendar},
		{"https://www.example.com/agenda?date=2031-05-01", TrapCalendar},
		{"https://www.example.com/events/?month=1999-12", TrapCalendar},
		{"https://www.example.com/archiv?tx_cal_controller%5Byear%5D=2040", TrapCalendar},
		{"https://www.example.com/2031/05/03/from-the-future/", TrapFuture},
		{"https://www.example.com/news/2031-05-03/slug", TrapFuture},
		{"https://www.example.com/a?_=1714736400123", TrapVolatileNumber},
		{"https://www.example.com/a?ts=1714736400", TrapVolatileNumber},
		{"https://www.example.com/a?token=12345678901234567890", TrapVolatileNumber},
	}
	for _, tt := range tests {
		t.Run(truncate(tt.url, 80), func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, Trap(tt.url, now))
		})
	}
}

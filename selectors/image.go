package selectors

import "regexp"

// PlaceholderImage matches the file names (the last path segment, lower
// case) of images that are never an article's picture: site logos and
// icons, blank and placeholder images, default avatars. "logo" and "icon"
// must stand as words ("header-logo.png", "ms-icon-310x310.png") so that
// "psicologo.jpg" or "iconic-view.jpg" pass.
var PlaceholderImage = regexp.MustCompile(`(^|[^a-z])(logos?|icons?|favicon[^/]*|apple-touch-icon[^/]*|sprites?|spacer|blank|placeholder|transparent|1x1|no-?img|no-?image|default-?user-?image|default-?avatar|avatar|ogimagedefault|opengraph_default|defaultpromocrop|social_default[^/]*)([^a-z]|$)|\.ico$`)

// PlaceholderImageHost matches the hosts that serve only avatars and site
// icons (Gravatar's avatars and blavatars).
var PlaceholderImageHost = regexp.MustCompile(`(^|\.)gravatar\.com$`)

// PlaceholderImageDir matches the folders (lower case path) that hold a
// site's own graphics, never an article's picture: theme and plugin
// assets, avatars, emoji.
var PlaceholderImageDir = regexp.MustCompile(`/(wp-content/themes|wp-content/plugins|wp-includes|avatars?|emoji|smilies)/`)

// GenericShareImage matches the whole file names of the one image a site
// shares for every page ("facebook.png", "og-image.jpg", "default_500.png"); a number
// other than a size ("Facebook-1024.jpg") may name an article's picture.
var GenericShareImage = regexp.MustCompile(`^((facebook|twitter|fb|og|og-?image|opengraph|share|social|social-?share|default-?share)([-_]\d+x\d+)?|default([-_]\d+(x\d+)?)?)\.(png|jpe?g|gif|webp)$`)

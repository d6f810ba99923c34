package rating

import (
	"encoding/binary"
	"unicode/utf16"
)

// decodeUTF16 decodes a body that starts with a UTF-16 byte order mark.
func decodeUTF16(body []byte) (string, bool) {
	if len(body) < 2 {
		return "", false
	}
	var order binary.ByteOrder
	switch {
	case body[0] == 0xFF && body[1] == 0xFE:
		order = binary.LittleEndian
	case body[0] == 0xFE && body[1] == 0xFF:
		order = binary.BigEndian
	default:
		return "", false
	}
	units := make([]uint16, 0, len(body)/2)
	for i := 2; i+1 < len(body); i += 2 {
		units = append(units, order.Uint16(body[i:]))
	}
	return string(utf16.Decode(units)), true
}

// guessCharset names the legacy charset of a body that is not UTF-8 and
// declares none. Text in a non-Latin script is mostly bytes above 0x7F;
// Arabic in windows-1256 then shows alef (0xC7) and lam (0xE1), the letters
// of the article "ال", among its most frequent bytes, which Cyrillic in
// windows-1251 (where they are the rare "З" and "б") does not. Western text
// has only a few accented letters among ASCII ones: windows-1252, which the
// HTML standard also prescribes for undeclared pages.
func guessCharset(body []byte) string {
	var high, letters, alefLam int
	for _, b := range body[:min(len(body), binarySample)] {
		switch {
		case b >= 0x80:
			high++
			if b == 0xC7 || b == 0xE1 {
				alefLam++
			}
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			letters++
		}
	}
	if high == 0 || high < letters {
		return "windows-1252"
	}
	if alefLam*10 >= high {
		return "windows-1256"
	}
	return "windows-1251"
}

words = ["hello", "Élan", "straße", "ŒUVRE", "ǅemal", "İstanbul", "ΣΊΣΥΦΟΣ", "Привет", "ǰ", "ﬃ", "ᾳ", "Ⅻ", "ⓗ", "𐐷", "ꮳ"]
for w <- words do
  IO.inspect {w, String.upcase(w), String.downcase(w), String.capitalize(w), String.length(w)}
end
IO.inspect Enum.map(words, &String.downcase(&1, :greek))
IO.inspect Enum.map(words, &String.upcase(&1, :turkic))

# Atoms print without quotes only when every character is an identifier
# character (letters, then marks, digits, the middle dot) and the name is NFC.
IO.inspect([:"Ã©", :é, :ñandú, :"a©", :日本, :"a-b", :Ab, :"A©", :"a!b", :é?])
IO.inspect([:Élan, :aÉ, :"ǅx", :"ʰa", :"Ⅻ", :"a‿b", :"a·b", :日本?, :"٣a", :"a·", :_é])
IO.inspect(%{"é": 1, "a©": 2})
IO.inspect(["é": 1, "x™": 2])
IO.inspect(String.to_atom("a" <> <<0x301::utf8>>))

"hello"
"with \"quotes\" and \\ backslash"
"escapes: \n \t \r \e \s \0 \a \b \d \f \v \x41 \u0042 \u{1F600} \q"
"é and 日本"
"line\
continued"
""

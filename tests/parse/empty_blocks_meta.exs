# Empty blocks that remember a line: (;) and interpolations of newlines only.
(;)
(
;)
"#{
}"
"#{;}"
()

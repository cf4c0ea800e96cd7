a;
;b

~s$abc$

# A quoted remote call cannot interpolate.
f."a#{b}"()

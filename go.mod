module github.com/aikg/aikg

go 1.26.8

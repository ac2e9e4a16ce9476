# syntax=docker/dockerfile:1
# aikg: build a static binary, ship it alone on a minimal base.

FROM golang:1.26-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags="-s -w" -o /out/aikg ./cmd/aikg

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/aikg /aikg
USER nonroot:nonroot
EXPOSE 8080
ENV AIKG_ADDR=0.0.0.0:8080
ENTRYPOINT ["/aikg"]
CMD ["serve", "--store", "neo4j", "--addr", "0.0.0.0:8080"]

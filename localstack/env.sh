# shellcheck shell=sh
# Source this file to point AWS SDKs/CLIs and Stripe clients at the local emulators:
#   source localstack/env.sh
# Respects the same port overrides as start.sh (LOCALSTACK_PORT, MOTO_PORT,
# LOCALSTRIPE_PORT, STRIPE_MOCK_PORT). Each line below is `export NAME=...`; start.sh
# prints exactly these variables.
export AWS_ENDPOINT_URL="http://127.0.0.1:${LOCALSTACK_PORT:-4566}"
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:${MOTO_PORT:-4567}"
export AWS_REGION="us-east-1"
export AWS_DEFAULT_REGION="us-east-1"
export AWS_ACCESS_KEY_ID="test"
export AWS_SECRET_ACCESS_KEY="test"
export STRIPE_API_BASE="http://127.0.0.1:${LOCALSTRIPE_PORT:-8420}"
export STRIPE_MOCK_BASE="http://127.0.0.1:${STRIPE_MOCK_PORT:-12111}"

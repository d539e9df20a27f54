"""The DynamoDB store: ``ask-sdk-dynamodb-persistence-adapter`` with a TTL on every item.

The SDK's adapter writes only the key and the attributes, so it cannot set the table's
TTL attribute; this subclass writes ``expires_at`` too, and reads an expired item (TTL
deletion can lag by hours) as nothing, deleting it. Imported only for ``dynamodb://``
URLs: boto3 is slow to import, and the SDK's adapter builds a boto3 resource on import.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import boto3  # type: ignore[import-untyped]
from ask_sdk_dynamodb.adapter import DynamoDbAdapter
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.clock import Clock, utc_now
from skill.store import MAX_AGE, user_key

TTL_ATTRIBUTE = "expires_at"


class ExpiringDynamoDbAdapter(DynamoDbAdapter):
    def __init__(
        self, table_name: str, clock: Clock = utc_now, max_age: timedelta = MAX_AGE, resource: Any = None
    ) -> None:
        super().__init__(
            table_name, partition_keygen=user_key, dynamodb_resource=resource or boto3.resource("dynamodb")
        )
        self.clock = clock
        self.max_age = max_age

    def _table(self) -> Any:
        return self.dynamodb.Table(self.table_name)

    def _key(self, request_envelope: RequestEnvelope) -> dict[str, str]:
        return {self.partition_key_name: self.partition_keygen(request_envelope)}

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        key = self._key(request_envelope)
        item = self._table().get_item(Key=key, ConsistentRead=True).get("Item")
        if item is None:
            return {}
        if int(item.get(TTL_ATTRIBUTE, 0)) <= int(self.clock().timestamp()):
            self._table().delete_item(Key=key)
            return {}
        attributes = item.get(self.attribute_name)
        return dict(attributes) if isinstance(attributes, dict) else {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        expires_at = int((self.clock() + self.max_age).timestamp())
        item = {**self._key(request_envelope), self.attribute_name: attributes, TTL_ATTRIBUTE: expires_at}
        self._table().put_item(Item=item)

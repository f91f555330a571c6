/**
 * A location's name and address as the library typed them, in Dutch. Each line is isolated left to
 * right: inside Arabic, "7551 AB Hengelo" would otherwise show as "AB Hengelo 7551".
 */
export function LocationAddress({
  location,
}: {
  location: { name: string; street: string; postcode: string; city: string };
}) {
  return (
    <p lang="nl">
      <bdi dir="ltr" className="font-bold">
        {location.name}
      </bdi>
      <br />
      <bdi dir="ltr">{location.street}</bdi>
      <br />
      <bdi dir="ltr">{`${location.postcode} ${location.city}`}</bdi>
    </p>
  );
}

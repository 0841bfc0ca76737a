/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Blinding Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of blinding log entries.
 * <!-- end-model-doc -->
 * @see org.vivarium.model.VivariumPackage#getBlindingEventKind()
 * @model
 * @generated
 */
public enum BlindingEventKind implements Enumerator {
	/**
	 * The '<em><b>CODES GENERATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODES_GENERATED_VALUE
	 * @generated
	 * @ordered
	 */
	CODES_GENERATED(0, "CODES_GENERATED", "CODES_GENERATED"),

	/**
	 * The '<em><b>CODES REGENERATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODES_REGENERATED_VALUE
	 * @generated
	 * @ordered
	 */
	CODES_REGENERATED(1, "CODES_REGENERATED", "CODES_REGENERATED"),

	/**
	 * The '<em><b>UNBLINDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNBLINDED_VALUE
	 * @generated
	 * @ordered
	 */
	UNBLINDED(2, "UNBLINDED", "UNBLINDED");

	/**
	 * The '<em><b>CODES GENERATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODES_GENERATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CODES_GENERATED_VALUE = 0;

	/**
	 * The '<em><b>CODES REGENERATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CODES_REGENERATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CODES_REGENERATED_VALUE = 1;

	/**
	 * The '<em><b>UNBLINDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNBLINDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNBLINDED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Blinding Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BlindingEventKind[] VALUES_ARRAY =
		new BlindingEventKind[] {
			CODES_GENERATED,
			CODES_REGENERATED,
			UNBLINDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Blinding Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BlindingEventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Blinding Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlindingEventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlindingEventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Blinding Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlindingEventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BlindingEventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Blinding Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BlindingEventKind get(int value) {
		switch (value) {
			case CODES_GENERATED_VALUE: return CODES_GENERATED;
			case CODES_REGENERATED_VALUE: return CODES_REGENERATED;
			case UNBLINDED_VALUE: return UNBLINDED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private BlindingEventKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //BlindingEventKind
